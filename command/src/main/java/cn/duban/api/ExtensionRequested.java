package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The unit asked for a later deadline. */
@Revision("1")
public record ExtensionRequested(String taskId, LocalDate dueDate, String reason) implements TaskEvent {
}
