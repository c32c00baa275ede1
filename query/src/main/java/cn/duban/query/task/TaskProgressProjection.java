package cn.duban.query.task;

import cn.duban.api.TaskEvent;
import cn.duban.api.TaskIssued;
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

    /** Every other event of a task's stream: the fold decides what it changes, and an unchanged row is not written. */
    @EventHandler
    void on(TaskEvent event, EventMessage<?> message) {
        TaskProgress before = table.byId(event.taskId()).orElseThrow(
                () -> new IllegalStateException("task " + event.taskId() + " has an event before its issuing"));
        TaskProgress after = TaskProgress.next(before, message, zone);
        if (!after.equals(before)) {
            table.update(after);
        }
    }

    @ResetHandler
    void reset() {
        table.clear();
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
