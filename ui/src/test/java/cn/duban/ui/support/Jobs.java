package cn.duban.ui.support;

import cn.duban.workflows.DueJobs;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.context.TestComponent;

/** The process engine's due jobs (timers, async continuations), run now as the job executor would. */
@TestComponent
public class Jobs {

    private final DueJobs due;

    Jobs(ManagementService management) {
        this.due = new DueJobs(management);
    }

    /** Executes every job due at the engine's current time, and the jobs those create, until none is due. */
    public int runDue() {
        return due.run();
    }
}
