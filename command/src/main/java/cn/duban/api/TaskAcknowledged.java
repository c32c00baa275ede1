package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The unit acknowledged the task (签收). */
@Revision("1")
public record TaskAcknowledged(String taskId) implements TaskEvent {
}
