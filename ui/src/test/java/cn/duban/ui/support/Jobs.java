package cn.duban.ui.support;

import cn.duban.workflows.DueJobs;
import cn.duban.workflows.LightReview;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

/** The process engine's due jobs (timers, async continuations), run now as the job executor would. */
@TestComponent
public class Jobs {

    private final DueJobs due;
    private final ManagementService management;
    private final Clock clock;

    Jobs(ManagementService management, Clock clock) {
        this.due = new DueJobs(management);
        this.management = management;
        this.clock = clock;
    }

    /** Executes every job due at the engine's current time, and the jobs those create, until none is due. */
    public int runDue() {
        return due.run();
    }

    /**
     * Arms the daily light review for the first start of an office day after the clock, as the engine does after
     * each pass. Only a test that moves the clock back needs this: the pass stays armed for a day after the latest
     * time it ran at, which is later than the clock then.
     */
    public void armDailyLightReviewFromNow() {
        Job timer = management.createJobQuery().processDefinitionKey(LightReview.PROCESS).timers().singleResult();
        management.setJobDuedate(timer.getId(), Date.from(LocalDate.now(clock).plusDays(1)
                .atStartOfDay(clock.getZone()).toInstant()));
    }
}
