package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The task was escalated to the office. */
@Revision("1")
public record TaskEscalated(String taskId, String reason) implements TaskEvent {
}
