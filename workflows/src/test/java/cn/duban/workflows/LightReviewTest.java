package cn.duban.workflows;

import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * 三色督办, daily: one timer at the start of the office's day judges every open task, a page of tasks per job
 * ({@link #SETTINGS}: two), instead of a timer per task per day.
 */
class LightReviewTest extends AbstractProcessTest {

    /** The first start of an office day after {@link #ISSUED}: 00:00 on 2 April 2026, Asia/Shanghai. */
    private static final Instant NEXT_DAY = Instant.parse("2026-04-01T16:00:00Z");

    @Test
    void every_open_task_is_judged_once_at_the_start_of_each_office_day_a_page_per_job() {
        issue("songqiao", "linze", "jieshou", "gy-dev-zone", "xinhua");

        moveTo(NEXT_DAY.minusSeconds(60));
        assertThat(commands.of(ReviewLight.class)).isEmpty();

        clock.set(NEXT_DAY);
        assertThat(runDueJobs()).as("the timer, then pages of 2, 2 and 1 tasks").isEqualTo(4);
        assertThat(commands.of(ReviewLight.class)).containsExactly(reviews("task-1", "task-2", "task-3", "task-4",
                "task-5"));

        moveTo(NEXT_DAY.plus(Duration.ofDays(1)));
        assertThat(commands.of(ReviewLight.class)).hasSize(10).containsOnly(reviews("task-1", "task-2", "task-3",
                "task-4", "task-5"));
    }

    @Test
    void each_task_is_judged_in_a_new_transaction_so_that_its_failure_cannot_doom_the_page() {
        var template = (TransactionTemplate) LightReview.eachInItsOwn(mock(PlatformTransactionManager.class));
        assertThat(template.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void a_withdrawn_task_is_judged_no_more() {
        issue("songqiao", "linze", "jieshou");
        process.deliver("task-2", "TaskWithdrawn");

        moveTo(NEXT_DAY);

        assertThat(commands.of(ReviewLight.class)).containsExactly(reviews("task-1", "task-3"));
    }

    @Test
    void a_task_that_cannot_be_judged_is_skipped_and_the_others_are_judged() {
        issue("songqiao", "linze", "jieshou");
        commands.failOn(new ReviewLight("task-2"));

        moveTo(NEXT_DAY);

        assertThat(commands.of(ReviewLight.class)).containsExactly(reviews("task-1", "task-2", "task-3"));
        assertThat(eachTask.count()).as("each task in a transaction of its own, the failed one too").isEqualTo(3);
        assertThat(processEngine.getRuntimeService().createIncidentQuery().count()).as("no incident").isZero();
        assertThat(passTimer().getDuedate().toInstant()).isEqualTo(NEXT_DAY.plus(Duration.ofDays(1)));
    }

    @Test
    void a_full_last_page_ends_the_pass_with_an_empty_page() {
        issue("songqiao", "linze");

        clock.set(NEXT_DAY);
        assertThat(runDueJobs()).as("the timer, a full page, an empty page").isEqualTo(3);
        assertThat(commands.of(ReviewLight.class)).containsExactly(reviews("task-1", "task-2"));
    }

    @Test
    void days_missed_while_the_server_was_down_are_judged_once_and_the_next_pass_is_at_the_next_start_of_a_day() {
        issueTask();

        moveTo(NEXT_DAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)));

        assertThat(commands.of(ReviewLight.class)).containsExactly(new ReviewLight(TASK));
        assertThat(passTimer().getDuedate().toInstant()).isEqualTo(NEXT_DAY.plus(Duration.ofDays(4)));
    }

    @Test
    void no_task_keeps_a_timer_of_its_own_for_the_daily_light() {
        assertThat(passTimer().getDuedate().toInstant()).isEqualTo(NEXT_DAY);
        assertThat(processEngine.getManagementService().createJobDefinitionQuery()
                .processDefinitionKey("SupervisionTaskProcess").list().stream()
                .filter(definition -> definition.getJobConfiguration().startsWith("CYCLE"))
                .map(JobDefinition::getActivityId))
                .as("the only repeating timer of a task is its reporting cycle").containsExactly("BoundaryEvent_ReportDue");
    }

    @Test
    void a_page_of_no_tasks_is_refused_at_start_up() {
        assertThatThrownBy(() -> new WorkflowSettings(null, null, 0))
                .hasMessageContaining("duban.workflow.light-review-page");
    }

    private Job passTimer() {
        return processEngine.getManagementService().createJobQuery().processDefinitionKey(LightReview.PROCESS)
                .timers().singleResult();
    }

    private static ReviewLight[] reviews(String... taskIds) {
        return Stream.of(taskIds).map(ReviewLight::new).toArray(ReviewLight[]::new);
    }
}
