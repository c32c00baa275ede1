package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The office withdrew the task. */
@Revision("1")
public record TaskWithdrawn(String taskId, String reason) implements TaskEvent {
}
