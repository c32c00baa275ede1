package cn.duban.query.task;

import java.time.LocalDate;

/**
 * What a task is, in the words a person scans a queue by: its plan item, its task list's number and its own
 * ({@link TaskNumbers}), its organization and its deadline. {@code itemTitle}, {@code taskListNumber},
 * {@code taskNumber} and {@code organizationName} are null while their own read models lag behind the task's.
 */
public record TaskCaption(String taskId, String itemCode, String itemTitle, String taskListId, String taskListNumber,
                          String taskNumber, String organization, String organizationName, LocalDate dueDate) {
}
