package cn.duban.query.task;

import cn.duban.api.EvidenceAttached;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskWithdrawn;
import cn.duban.query.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps {@code task_progress}: each task event is applied by {@link TaskProgress} to the task's row, the same fold
 * that answers as of a past moment, so the table and the history cannot disagree on what an event means.
 */
@Component
@ProcessingGroup(TaskProgressProjection.NAME)
class TaskProgressProjection implements Projection {

    static final String NAME = "task-progress";

    private final TaskProgressTable table;
    private final ZoneId zone;

    TaskProgressProjection(TaskProgressTable table, Clock clock) {
        this.table = table;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(TaskIssued event, EventMessage<?> message) {
        table.insert(TaskProgress.next(null, message, zone));
    }

    @EventHandler
    void on(TaskAcknowledged event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(ProgressReported event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(GapsReviewed event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(GapsRectified event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(ExtensionGranted event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(TaskAssessed event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(EvidenceAttached event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(TaskClosed event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @EventHandler
    void on(TaskWithdrawn event, EventMessage<?> message) {
        apply(event.taskId(), message);
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    private void apply(String taskId, EventMessage<?> message) {
        TaskProgress before = table.byId(taskId)
                .orElseThrow(() -> new IllegalStateException("task " + taskId + " has an event before its issuing"));
        table.update(TaskProgress.next(before, message, zone));
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of(TaskProgressTable.NAME);
    }
}
