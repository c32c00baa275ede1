package cn.duban.query.task;

import cn.duban.api.Light;
import cn.duban.api.TaskStatus;

import java.time.LocalDate;

/**
 * A task in a list of tasks, with its plan (whose items name its item), its light and whether it is overdue on the
 * day the list was asked about, and its number in its list ({@link TaskNumbers}; null before the list's tasks are
 * numbered).
 */
public record TaskSummary(String id, String taskListId, String workPlanId, String itemCode, String organization,
                          TaskStatus status, LocalDate dueDate, Light light, boolean overdue, String number) {

    TaskSummary withNumber(TaskNumbers.TaskNumber number) {
        return number == null ? this : new TaskSummary(id, taskListId, workPlanId, itemCode, organization, status,
                dueDate, light, overdue, number.number());
    }
}
