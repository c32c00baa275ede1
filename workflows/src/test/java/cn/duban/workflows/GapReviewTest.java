package cn.duban.workflows;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** 查漏补缺, 整改 and 考核: gaps send the task to rectification until none remain, then the office assesses it. */
class GapReviewTest extends AbstractProcessTest {

    @Test
    void a_review_without_gaps_moves_on_to_assessment_with_a_suggested_score() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        review("Task_ReviewGaps", task, false);

        assertThat(task).hasPassedInOrder("Task_ReviewGaps", "BusinessRuleTask_SuggestScore")
                .hasNotPassed("Task_Rectify").isWaitingAt("Task_Assess");
        assertThat(workItems(task)).containsExactly("Task_Assess");
        assertThat(task("Task_Assess", task)).hasCandidateGroup(OFFICE);
        assertThat(task).variables().containsEntry(ProcessVariables.SUGGESTED_SCORE, 95);
    }

    @Test
    void the_suggested_score_follows_completion_and_lateness() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        complete(task("Task_ReviewGaps", task), withVariables(ProcessVariables.GAPS_FOUND, false,
                ProcessVariables.COMPLETION, 1.0, ProcessVariables.DAYS_LATE, 3));

        assertThat(task).variables().containsEntry(ProcessVariables.SUGGESTED_SCORE, 85);
    }

    @Test
    void the_routing_facts_of_a_completion_route_and_are_never_stored() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        process.complete(task("Task_ReviewGaps", task), Map.of(ProcessVariables.GAPS_FOUND, false,
                ProcessVariables.COMPLETION, 1.0, ProcessVariables.DAYS_LATE, 3));

        assertThat(task).isWaitingAt("Task_Assess").variables()
                .containsEntry(ProcessVariables.SUGGESTED_SCORE, 85)
                .doesNotContainKeys(ProcessVariables.GAPS_FOUND, ProcessVariables.COMPLETION,
                        ProcessVariables.DAYS_LATE);
    }

    @Test
    void a_review_with_gaps_sends_the_task_to_its_unit_for_rectification() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        review("Task_ReviewGaps", task, true);

        assertThat(task).isWaitingAt("Task_Rectify").hasNotPassed("BusinessRuleTask_SuggestScore");
        assertThat(workItems(task)).containsExactly("Task_Rectify");
        assertThat(task("Task_Rectify", task)).hasCandidateGroup(UNIT_GROUP);
    }

    @Test
    void a_rectification_goes_to_the_office_for_verification() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        review("Task_ReviewGaps", task, true);

        rectify(task);

        assertThat(workItems(task)).containsExactly("Task_VerifyRectification");
        assertThat(task("Task_VerifyRectification", task)).hasCandidateGroup(OFFICE);
    }

    @Test
    void gaps_still_open_after_verification_loop_back_to_rectification() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        review("Task_ReviewGaps", task, true);
        rectify(task);

        review("Task_VerifyRectification", task, true);

        assertThat(workItems(task)).containsExactly("Task_Rectify");
        assertThat(passed(task, "Task_Rectify")).isEqualTo(1);
    }

    @Test
    void a_verification_without_gaps_moves_on_to_assessment() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        review("Task_ReviewGaps", task, true);
        rectify(task);
        review("Task_VerifyRectification", task, true);
        rectify(task);

        review("Task_VerifyRectification", task, false);

        assertThat(task).hasPassedInOrder("Task_VerifyRectification", "BusinessRuleTask_SuggestScore");
        assertThat(workItems(task)).containsExactly("Task_Assess");
        assertThat(passed(task, "Task_Rectify")).isEqualTo(2);
    }

    @Test
    void assessing_closes_the_task() {
        ProcessInstance task = issueTask();
        bringToAssessment(task);

        assess(task);

        assertThat(task).hasPassedInOrder("Task_Assess", "EndEvent_Assessed", "EndEvent_TaskClosed").isEnded();
    }
}
