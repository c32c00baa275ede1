package cn.duban.query.task;

import cn.duban.api.Light;
import cn.duban.api.TaskStatus;

import java.time.LocalDate;

/**
 * Which tasks a list holds; a null field admits any. The light and whether a task is overdue are judged on the day
 * asked about (today, or the day of {@code asOf}), from the same fold as the task's page.
 */
public record TaskFilter(String organization, TaskStatus status, String taskListId, String workPlanId,
                         String itemCode, Light light, Boolean overdue) {

    public static final TaskFilter ANY = new TaskFilter(null, null, null, null, null, null, null);

    public static TaskFilter of(String organization, TaskStatus status, String taskListId) {
        return new TaskFilter(organization, status, taskListId, null, null, null, null);
    }

    public TaskFilter forOrganization(String code) {
        return new TaskFilter(code, status, taskListId, workPlanId, itemCode, light, overdue);
    }

    /** Whether the filter asks what only a fold can tell (the light, overdue), not the table's columns alone. */
    boolean judges() {
        return light != null || overdue != null;
    }

    boolean admits(TaskProgress task, LocalDate day) {
        return (organization == null || organization.equals(task.organization()))
                && (status == null || status == task.status())
                && (taskListId == null || taskListId.equals(task.taskListId()))
                && (workPlanId == null || workPlanId.equals(task.workPlanId()))
                && (itemCode == null || itemCode.equals(task.itemCode()))
                && (light == null || light == task.lightOn(day))
                && (overdue == null || overdue == task.overdueOn(day));
    }
}
