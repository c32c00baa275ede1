package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The office granted the extension: the task is now due on the new date. */
@Revision("1")
public record ExtensionGranted(String taskId, LocalDate previousDueDate, LocalDate dueDate, String comment)
        implements TaskEvent {
}
