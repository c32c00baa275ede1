package cn.duban.ui.task;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskQueries;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import cn.duban.ui.security.CurrentActor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Reads one task for the caller: the office and auditors read any task, a unit only its own organization's. */
@Component
class TaskReading {

    private final TaskQueries tasks;
    private final Clock clock;

    TaskReading(TaskQueries tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    TaskDetails details(String taskId, Instant asOf) {
        PastMoment.check(asOf, clock);
        TaskDetails task = tasks.details(taskId, null).orElseThrow(() -> new NotFoundException("task", taskId));
        requireReadable(task.organization());
        return asOf == null ? task : tasks.details(taskId, asOf)
                .orElseThrow(() -> new NotFoundException("task as of " + asOf + ":", taskId));
    }

    static void requireReadable(String organization) {
        Actor actor = CurrentActor.require();
        if (!actor.readsEveryOrganization() && !actor.actsFor(organization)) {
            throw new ActionNotAllowedException(actor.username() + " may not read tasks of " + organization);
        }
    }
}
