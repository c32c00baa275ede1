package cn.duban.workflows;

import cn.duban.api.EscalateTask;
import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 三色督办: timers judge the light daily, at the warning window and at the deadline; an overdue task escalates. */
class DeadlineTest extends AbstractProcessTest {

    private static final EscalateTask OVERDUE = new EscalateTask(TASK, "任务已逾期");

    @Test
    void the_light_is_judged_every_day() {
        ProcessInstance task = issueTask();

        moveTo(ISSUED.plus(Duration.ofDays(1)).minusSeconds(60));
        assertThat(passed(task, "ServiceTask_CheckProgress")).isZero();

        for (int day = 1; day <= 3; day++) {
            moveTo(ISSUED.plus(Duration.ofDays(day)));
        }
        assertThat(passed(task, "ServiceTask_CheckProgress")).isEqualTo(3);
        assertThat(commands.of(ReviewLight.class)).containsOnly(new ReviewLight(TASK)).hasSize(3);
    }

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
