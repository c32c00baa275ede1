package cn.duban.query.notification;

import java.time.Instant;

/**
 * One message about a task to one audience. Its id is derived from the event that caused it, so a replay gives it the
 * same id again (read marks and deliveries keep referring to it) and handling one event twice cannot make two.
 */
public record Notice(String id, NoticeKind kind, String taskId, String organization, Audience audience, String title,
                     String body, Instant createdAt) {

    /** The text a robot, an SMS or an e-mail carries: title, body and the task it is about. */
    public String text() {
        return "【督办】" + title + (body.isEmpty() ? "" : "：" + body) + "（任务 " + taskId + "）";
    }
}
