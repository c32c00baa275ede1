package cn.duban.query.tasklist;

import cn.duban.api.Assignment;
import cn.duban.query.task.TaskSummary;

import java.time.LocalDate;
import java.util.List;

/** A task list as docs/API.md shows it, with its tasks once issued. */
public record TaskListView(String id, String workPlanId, String number, String title, LocalDate dueDate,
                           String status, List<Assignment> assignments, List<TaskSummary> tasks) {

    public boolean issued() {
        return TaskListProjection.ISSUED.equals(status);
    }
}
