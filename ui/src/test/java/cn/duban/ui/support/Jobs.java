package cn.duban.ui.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

import java.util.List;

/** Runs the process engine's due jobs (timers, async continuations) now, as the job executor would. */
@TestComponent
public class Jobs {

    private static final int MAX_ROUNDS = 50;

    private final ManagementService management;

    Jobs(ManagementService management) {
        this.management = management;
    }

    /** Executes every job due at the engine's current time, and the jobs those create, until none is due. */
    public int runDue() {
        int executed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs still due after " + MAX_ROUNDS + " rounds: a timer cycle too short?");
    }
}
