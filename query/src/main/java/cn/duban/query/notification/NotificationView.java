package cn.duban.query.notification;

import java.time.Instant;

/** A message as its reader sees it: the notice, and whether this reader has read it. */
public record NotificationView(String id, NoticeKind kind, String taskId, String organization, Audience audience,
                               String title, String body, Instant createdAt, boolean read) {
}
