package cn.duban.query.task;

import cn.duban.api.Light;
import cn.duban.api.TaskStatus;

import java.time.LocalDate;

/** A task in a list of tasks, with its light and whether it is overdue on the day the list was asked about. */
public record TaskSummary(String id, String taskListId, String itemCode, String organization, TaskStatus status,
                          LocalDate dueDate, Light light, boolean overdue) {
}
