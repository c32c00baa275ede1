package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The task is finished (办结). */
@Revision("1")
public record TaskClosed(String taskId) implements TaskEvent {
}
