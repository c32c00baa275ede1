package cn.duban.workflows;

import cn.duban.api.Actor;
import cn.duban.api.EscalateTask;
import cn.duban.api.RemindTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 签收: the unit acknowledges its task; a reminder after two days, an escalation to the office after five. */
class AcknowledgementTest extends AbstractProcessTest {

    private static final RemindTask REMINDER = new RemindTask(TASK, "任务已交办，请及时签收");
    private static final EscalateTask ESCALATION = new EscalateTask(TASK, "单位逾期未签收");

    @Test
    void an_issued_task_waits_for_its_unit_to_acknowledge() {
        ProcessInstance task = issueTask();

        assertThat(task).hasBusinessKey(TASK).isWaitingAt("Task_Acknowledge");
        assertThat(workItems(task)).containsExactly("Task_Acknowledge");
        assertThat(task(task)).hasCandidateGroup(UNIT_GROUP).isNotAssigned();
    }

    @Test
    void acknowledging_moves_the_task_on_to_follow_up() {
        ProcessInstance task = issueTask();

        acknowledge(task);

        assertThat(task).hasPassed("Task_Acknowledge").isWaitingAt("Task_ReportProgress");
    }

    @Test
    void an_unacknowledged_task_is_reminded_once_after_two_days() {
        ProcessInstance task = issueTask();

        moveTo(Instant.parse("2026-04-03T00:59:00Z"));
        assertThat(commands.of(RemindTask.class)).isEmpty();

        moveTo(Instant.parse("2026-04-03T01:00:00Z"));
        assertThat(commands.of(RemindTask.class)).containsExactly(REMINDER);
        assertThat(task).hasPassed("ServiceTask_RemindAcknowledge", "EndEvent_AcknowledgeReminded");
        assertThat(workItems(task)).containsExactly("Task_Acknowledge");

        moveTo(Instant.parse("2026-04-06T00:59:00Z"));
        assertThat(commands.of(RemindTask.class)).containsExactly(REMINDER);
    }

    @Test
    void an_ignored_task_is_escalated_to_the_office_after_five_days() {
        ProcessInstance task = issueTask();

        moveTo(Instant.parse("2026-04-06T00:59:00Z"));
        assertThat(commands.of(EscalateTask.class)).isEmpty();

        moveTo(Instant.parse("2026-04-06T01:00:00Z"));
        assertThat(commands.of(EscalateTask.class)).containsExactly(ESCALATION);
        assertThat(task).hasPassed("ServiceTask_EscalateAcknowledge");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_Acknowledge", "Task_ChaseAcknowledgement");
        assertThat(task("Task_ChaseAcknowledgement", task)).hasCandidateGroup(OFFICE);
        assertThat(task("Task_Acknowledge", task)).hasCandidateGroup(UNIT_GROUP);
    }

    @Test
    void the_office_urging_answers_the_escalation_and_the_unit_still_has_to_acknowledge() {
        ProcessInstance task = issueTask();
        moveTo(Instant.parse("2026-04-06T01:00:00Z"));

        complete(process.openItem(TASK, ProcessStep.URGE).orElseThrow());

        assertThat(task).hasPassed("Task_ChaseAcknowledgement", "EndEvent_AcknowledgementChased");
        assertThat(workItems(task)).containsExactly("Task_Acknowledge");
    }

    @Test
    void acknowledging_after_the_escalation_withdraws_the_offices_chase() {
        ProcessInstance task = issueTask();
        moveTo(Instant.parse("2026-04-06T01:00:00Z"));
        assertThat(workItems(task)).contains("Task_ChaseAcknowledgement");

        acknowledge(task);

        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
        assertThat(process.openItem(TASK, ProcessStep.URGE)).isEmpty();
        assertThat(task).hasNotPassed("EndEvent_AcknowledgementChased");
    }

    @Test
    void acknowledging_in_time_cancels_the_reminder_and_the_escalation() {
        ProcessInstance task = issueTask();

        acknowledge(task);
        moveTo(Instant.parse("2026-04-11T01:00:00Z"));

        assertThat(jobQuery().activityId("BoundaryEvent_AcknowledgeReminder").count()).isZero();
        assertThat(jobQuery().activityId("BoundaryEvent_AcknowledgeIgnored").count()).isZero();
        assertThat(commands.of(RemindTask.class)).doesNotContain(REMINDER);
        assertThat(commands.of(EscalateTask.class)).isEmpty();
        assertThat(task).hasNotPassed("ServiceTask_RemindAcknowledge", "ServiceTask_EscalateAcknowledge");
    }

    @Test
    void only_the_unacknowledged_task_of_a_list_is_reminded() {
        issue("songqiao", "linze");
        acknowledge(supervisionOf("task-1"));

        moveTo(Instant.parse("2026-04-03T01:00:00Z"));

        assertThat(commands.of(RemindTask.class)).containsExactly(new RemindTask("task-2", REMINDER.reason()));
    }

    @Test
    void urging_without_an_open_escalation_completes_no_work_item() {
        ProcessInstance task = issueTask();

        assertThat(process.openItem(TASK, ProcessStep.URGE)).isEmpty();
        assertThat(workItems(task)).containsExactly("Task_Acknowledge");
    }

    @Test
    void the_process_sends_its_commands_as_the_process_actor() {
        issueTask();

        moveTo(Instant.parse("2026-04-06T01:00:00Z"));

        assertThat(commands.messages()).isNotEmpty().allSatisfy(message ->
                assertThat(message.getMetaData()).containsAllEntriesOf(Actor.PROCESS.toMetaData()));
    }
}
