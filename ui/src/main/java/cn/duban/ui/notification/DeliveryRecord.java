package cn.duban.ui.notification;

import java.time.Instant;

/** One row of the record of what was sent and what failed (the address itself is left out: it is personal data). */
record DeliveryRecord(long id, String notificationId, String kind, String taskId, String recipient, Channel channel,
                      DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                      Instant createdAt, Instant sentAt) {
}
