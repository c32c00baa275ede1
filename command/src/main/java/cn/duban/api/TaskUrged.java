package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The office urged the unit (催办). */
@Revision("1")
public record TaskUrged(String taskId, String message) implements TaskEvent {
}
