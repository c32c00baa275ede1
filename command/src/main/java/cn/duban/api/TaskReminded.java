package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The unit was reminded that something is due. */
@Revision("1")
public record TaskReminded(String taskId, String reason) implements TaskEvent {
}
