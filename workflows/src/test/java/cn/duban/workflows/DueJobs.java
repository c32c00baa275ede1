package cn.duban.workflows;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import java.util.List;

/** Runs the engine's due jobs (timers, async continuations) as the job executor would, which tests keep off. */
public final class DueJobs {

    private static final int MAX_ROUNDS = 100;

    private final ManagementService management;

    public DueJobs(ManagementService management) {
        this.management = management;
    }

    /** Executes every job due at the engine's current time, and the due jobs those create, until none is due. */
    public int run() {
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
