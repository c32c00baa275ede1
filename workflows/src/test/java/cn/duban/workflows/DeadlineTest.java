package cn.duban.workflows;

import cn.duban.api.EscalateTask;
import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 三色督办: timers judge the light at the warning window and at the deadline; an overdue task escalates. The daily judgement is {@link LightReviewTest}'s. */
class DeadlineTest extends AbstractProcessTest {

    private static final EscalateTask OVERDUE = new EscalateTask(TASK, "任务已逾期");

    @Test
    void the_warning_window_opens_three_days_before_the_due_date() {
        ProcessInstance task = issueTask();

        moveTo(WARNING_OPENS.minusSeconds(60));
        assertThat(task).hasNotPassed("ServiceTask_WarnDeadline");

        moveTo(WARNING_OPENS);
        assertThat(task).hasPassed("ServiceTask_WarnDeadline", "EndEvent_Warned").isWaitingAt("Task_Acknowledge");
        assertThat(commands.of(ReviewLight.class)).containsOnly(new ReviewLight(TASK));
        assertThat(commands.of(EscalateTask.class)).doesNotContain(OVERDUE);
    }

    @Test
    void a_passed_deadline_lights_red_and_escalates_to_the_office() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        moveTo(OVERDUE_FROM.minusSeconds(60));
        assertThat(task).hasNotPassed("ServiceTask_MarkOverdue");

        moveTo(OVERDUE_FROM);
        assertThat(task).hasPassedInOrder("ServiceTask_MarkOverdue", "ServiceTask_EscalateOverdue");
        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE);
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps",
                "Task_HandleOverdue");
        assertThat(task("Task_HandleOverdue", task)).hasCandidateGroup(OFFICE);
    }

    @Test
    void the_office_urging_an_overdue_task_answers_the_escalation_and_the_task_goes_on() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(OVERDUE_FROM);

        complete(process.openItem(TASK, ProcessStep.URGE).orElseThrow());

        assertThat(task).hasPassed("Task_HandleOverdue", "EndEvent_OverdueHandled");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
    }
}
