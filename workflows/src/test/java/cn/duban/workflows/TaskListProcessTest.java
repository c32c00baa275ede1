package cn.duban.workflows;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 督查交办单: issuing a list starts one supervision task per assignment; the list ends when all of them have. */
class TaskListProcessTest extends AbstractProcessTest {

    @Test
    void issuing_starts_one_supervision_task_per_assignment_for_its_unit() {
        ProcessInstance list = issue("songqiao", "linze");

        assertThat(list).hasBusinessKey(TASK_LIST).isWaitingAt("CallActivity_SupervisionTask");
        ProcessInstance first = supervisionOf("task-1");
        ProcessInstance second = supervisionOf("task-2");
        assertThat(task("Task_Acknowledge", first)).hasCandidateGroup("unit:songqiao");
        assertThat(task("Task_Acknowledge", second)).hasCandidateGroup("unit:linze");
        assertThat(first).hasBusinessKey("task-1").variables()
                .containsEntry(ProcessVariables.TASK_ID, "task-1")
                .containsEntry("unitGroup", "unit:songqiao");
        assertThat(second).hasBusinessKey("task-2").variables()
                .containsEntry(ProcessVariables.TASK_ID, "task-2")
                .containsEntry("unitGroup", "unit:linze");
    }

    @Test
    void each_task_inherits_its_deadlines_and_the_timer_settings() {
        issue(UNIT);

        assertThat(supervisionOf(TASK)).variables()
                .containsEntry(ProcessVariables.WARNING_AT, "2026-04-17T00:00:00+08:00")
                .containsEntry(ProcessVariables.OVERDUE_AT, "2026-04-21T00:00:00+08:00")
                .containsEntry("reportingCycle", "R/P7D")
                .containsEntry("acknowledgeReminder", "P2D")
                .containsEntry("acknowledgeEscalation", "P5D")
                .doesNotContainKey("lightCheckCycle");
    }

    @Test
    void the_list_waits_while_any_task_is_open() {
        ProcessInstance list = issue("songqiao", "linze");

        process.deliver("task-1", "TaskWithdrawn");
        runDueJobs();

        assertThat(supervisionOf("task-1")).isNull();
        assertThat(list).isNotEnded().isWaitingAt("CallActivity_SupervisionTask");
    }

    @Test
    void the_list_ends_when_every_task_is_closed_or_withdrawn() {
        ProcessInstance list = issue("songqiao", "linze");
        process.deliver("task-1", "TaskWithdrawn");
        ProcessInstance second = supervisionOf("task-2");
        bringToAssessment(second);

        assess(second);
        assertThat(jobQuery().processInstanceId(list.getId()).activityId("CallActivity_SupervisionTask").count())
                .as("each finished task reaches the list through its own job (asyncAfter)").isEqualTo(2);
        runDueJobs();

        assertThat(list).hasPassed("EndEvent_AllTasksFinished").isEnded();
    }
}
