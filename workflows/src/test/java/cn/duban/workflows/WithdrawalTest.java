package cn.duban.workflows;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

/** 撤回: the office may withdraw a task at any point before it is closed; nothing of it is left open. */
class WithdrawalTest extends AbstractProcessTest {

    @Test
    void a_task_withdrawn_before_acknowledgement_ends() {
        ProcessInstance task = issueTask();

        withdraw();

        assertWithdrawn(task);
    }

    @Test
    void a_task_withdrawn_during_follow_up_ends() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        report(task);

        withdraw();

        assertWithdrawn(task);
    }

    @Test
    void a_task_withdrawn_during_rectification_ends() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        review("Task_ReviewGaps", task, true);

        withdraw();

        assertWithdrawn(task);
    }

    @Test
    void a_task_withdrawn_before_assessment_ends() {
        ProcessInstance task = issueTask();
        bringToAssessment(task);

        withdraw();

        assertWithdrawn(task);
    }

    @Test
    void withdrawing_an_escalated_task_ends_the_office_work_items_too() {
        ProcessInstance task = issueTask();
        moveTo(OVERDUE_FROM);
        process.deliver(TASK, "ExtensionRequested");
        assertThat(workItems(task)).contains("Task_ChaseAcknowledgement", "Task_HandleOverdue",
                "Task_DecideExtension");

        withdraw();

        assertWithdrawn(task);
    }

    @Test
    void a_closed_task_cannot_be_withdrawn() {
        ProcessInstance task = issueTask();
        bringToAssessment(task);
        assess(task);

        assertThatThrownBy(this::withdraw).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    private void withdraw() {
        process.deliver(TASK, "TaskWithdrawn");
    }

    private void assertWithdrawn(ProcessInstance task) {
        assertThat(task).hasPassed("EndEvent_Withdrawn").hasNotPassed("EndEvent_TaskClosed").isEnded();
        assertThat(workItems(task)).isEmpty();
        assertThat(jobQuery().processInstanceId(task.getId()).count()).isZero();
    }
}
