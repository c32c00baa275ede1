package cn.duban.query.task;

import cn.duban.api.Light;
import cn.duban.api.TaskStatus;

import java.time.LocalDate;

/**
 * A task in a list of tasks, with its light and whether it is overdue on the day the list was asked about, and its
 * number in its list ({@link TaskNumbers}; null before the list's tasks are numbered).
 */
public record TaskSummary(String id, String taskListId, String itemCode, String organization, TaskStatus status,
                          LocalDate dueDate, Light light, boolean overdue, String number) {

    TaskSummary withNumber(String number) {
        return new TaskSummary(id, taskListId, itemCode, organization, status, dueDate, light, overdue, number);
    }
}
