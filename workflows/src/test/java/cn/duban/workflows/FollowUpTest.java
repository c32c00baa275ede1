package cn.duban.workflows;

import cn.duban.api.RemindTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 督查推进: the unit reports on its reporting cycle (R/P7D here) until the office reviews the gaps. */
class FollowUpTest extends AbstractProcessTest {

    private static final RemindTask REPORT_REMINDER = new RemindTask(TASK, "本周期进展尚未报送，请及时报送");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void acknowledging_opens_reporting_for_the_unit_and_the_gap_review_for_the_office() {
        ProcessInstance task = issueTask();

        acknowledge(task);

        assertThat(task).isWaitingAt("SubProcess_FollowUp");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
        assertThat(task("Task_ReportProgress", task)).hasCandidateGroup(UNIT_GROUP);
        assertThat(task("Task_ReviewGaps", task)).hasCandidateGroup(OFFICE);
    }

    @Test
    void the_unit_may_report_again_and_again() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        report(task);
        report(task);

        assertThat(passed(task, "Task_ReportProgress")).isEqualTo(2);
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
    }

    @Test
    void an_unreported_cycle_reminds_the_unit_every_seven_days() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        moveTo(ISSUED.plus(WEEK).minusSeconds(60));
        assertThat(commands.of(RemindTask.class)).isEmpty();

        moveTo(ISSUED.plus(WEEK));
        assertThat(commands.of(RemindTask.class)).containsExactly(REPORT_REMINDER);
        assertThat(task).hasPassed("ServiceTask_RemindReport", "EndEvent_ReportReminded");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");

        moveTo(ISSUED.plus(WEEK).plus(WEEK));
        assertThat(commands.of(RemindTask.class)).containsExactly(REPORT_REMINDER, REPORT_REMINDER);
    }

    @Test
    void a_report_starts_the_reporting_cycle_afresh() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(ISSUED.plus(Duration.ofDays(6)));

        report(task);
        moveTo(ISSUED.plus(WEEK));
        assertThat(commands.of(RemindTask.class)).isEmpty();

        moveTo(ISSUED.plus(Duration.ofDays(13)));
        assertThat(commands.of(RemindTask.class)).containsExactly(REPORT_REMINDER);
    }

    @Test
    void the_gap_review_ends_reporting_and_its_reminders() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        report(task);

        review("Task_ReviewGaps", task, false);

        assertThat(task).hasPassed("EndEvent_FollowUpDone").isNotWaitingAt("SubProcess_FollowUp");
        assertThat(workItems(task)).doesNotContain("Task_ReportProgress");
        assertThat(jobQuery().activityId("BoundaryEvent_ReportDue").count()).isZero();
        moveTo(Instant.parse("2026-04-15T01:00:00Z"));
        assertThat(commands.of(RemindTask.class)).isEmpty();
    }
}
