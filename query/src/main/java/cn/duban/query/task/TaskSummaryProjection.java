package cn.duban.query.task;

import cn.duban.api.ExtensionGranted;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskWithdrawn;
import cn.duban.query.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps {@code task_summary}: one row per task with the columns the task filters of API.md need. */
@Component
@ProcessingGroup(TaskSummaryProjection.NAME)
class TaskSummaryProjection implements Projection {

    static final String NAME = "task-summaries";

    private final JdbcTemplate jdbc;

    TaskSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskIssued event) {
        jdbc.update("""
                INSERT INTO task_summary (id, task_list_id, work_plan_id, item_code, organization, status, due_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", event.taskId(), event.taskListId(), event.workPlanId(),
                event.itemCode(), event.organization(), TaskStatus.ISSUED.name(), event.dueDate());
    }

    @EventHandler
    void on(TaskAcknowledged event) {
        status(event.taskId(), TaskStatus.ACKNOWLEDGED);
    }

    @EventHandler
    void on(ProgressReported event) {
        status(event.taskId(), TaskStatus.REPORTING);
    }

    @EventHandler
    void on(GapsReviewed event) {
        status(event.taskId(), event.gaps().isEmpty() ? TaskStatus.ASSESSING : TaskStatus.RECTIFYING);
    }

    @EventHandler
    void on(GapsRectified event) {
        status(event.taskId(), TaskStatus.REPORTING);
    }

    @EventHandler
    void on(ExtensionGranted event) {
        jdbc.update("UPDATE task_summary SET due_date = ? WHERE id = ?", event.dueDate(), event.taskId());
    }

    @EventHandler
    void on(TaskClosed event) {
        status(event.taskId(), TaskStatus.CLOSED);
    }

    @EventHandler
    void on(TaskWithdrawn event) {
        status(event.taskId(), TaskStatus.WITHDRAWN);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM task_summary");
    }

    private void status(String taskId, TaskStatus status) {
        jdbc.update("UPDATE task_summary SET status = ? WHERE id = ?", status.name(), taskId);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("task_summary");
    }
}
