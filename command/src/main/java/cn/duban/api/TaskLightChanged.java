package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The task's light changed, e.g. from GREEN to RED when its deadline passed. */
@Revision("1")
public record TaskLightChanged(String taskId, Light from, Light to) implements TaskEvent {
}
