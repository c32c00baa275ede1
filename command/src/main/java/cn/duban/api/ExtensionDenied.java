package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The office denied the extension; the deadline stands. */
@Revision("1")
public record ExtensionDenied(String taskId, LocalDate requestedDueDate, String comment) implements TaskEvent {
}
