package cn.duban.workflows;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

/** 办结: an assessed task is closed, and no work item of it outlives it, whatever its timers raised on the way. */
class ClosingTest extends AbstractProcessTest {

    @Test
    void assessing_an_overdue_task_closes_it_with_its_escalation() {
        ProcessInstance task = issueTask();
        bringToAssessment(task);
        moveTo(OVERDUE_FROM);
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_Assess", "Task_HandleOverdue");

        assess(task);

        assertClosed(task);
    }

    @Test
    void assessing_a_task_closes_it_with_an_undecided_extension_request() {
        ProcessInstance task = issueTask();
        bringToAssessment(task);
        process.deliver(TASK, "ExtensionRequested");

        assess(task);

        assertClosed(task);
    }

    @Test
    void a_task_acknowledged_after_its_escalation_closes_without_the_office_chasing_it() {
        ProcessInstance task = issueTask();
        moveTo(ISSUED.plus(Duration.ofDays(5)));
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_Acknowledge", "Task_ChaseAcknowledgement");
        bringToAssessment(task);

        assess(task);

        assertClosed(task);
    }

    private void assertClosed(ProcessInstance task) {
        assertThat(task).hasPassed("EndEvent_Assessed", "EndEvent_TaskClosed").isEnded();
        assertThat(workItems(task)).isEmpty();
        assertThat(jobQuery().processInstanceId(task.getId()).count()).isZero();
    }
}
