package cn.duban.query.task;

import cn.duban.api.TaskStatus;

import java.time.LocalDate;

/** A task in a list of tasks. */
public record TaskSummary(String id, String taskListId, String itemCode, String organization, TaskStatus status,
                          LocalDate dueDate) {
}
