package cn.duban.workflows;

import cn.duban.api.EscalateTask;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** 延期: a unit's request gives the office a decision while the task goes on; a granted one moves the deadline. */
class ExtensionTest extends AbstractProcessTest {

    private static final LocalDate EXTENDED_DUE = LocalDate.of(2026, 5, 20);
    private static final Instant EXTENDED_WARNING_OPENS = Instant.parse("2026-05-16T16:00:00Z");
    private static final Instant EXTENDED_OVERDUE_FROM = Instant.parse("2026-05-20T16:00:00Z");
    private static final LocalDate LATER_DUE = LocalDate.of(2026, 6, 30);
    private static final Instant LATER_OVERDUE_FROM = Instant.parse("2026-06-30T16:00:00Z");
    private static final EscalateTask OVERDUE = new EscalateTask(TASK, "任务已逾期");

    @Test
    void a_request_gives_the_office_a_decision_without_interrupting_the_task() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        process.deliver(TASK, "ExtensionRequested");

        assertThat(task).hasPassed("BoundaryEvent_ExtensionRequested").isWaitingAt("SubProcess_FollowUp");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps",
                "Task_DecideExtension");
        assertThat(task("Task_DecideExtension", task)).hasCandidateGroup(OFFICE);
    }

    @Test
    void a_request_may_come_before_acknowledgement() {
        ProcessInstance task = issueTask();

        process.deliver(TASK, "ExtensionRequested");

        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_Acknowledge", "Task_DecideExtension");
    }

    @Test
    void deciding_ends_the_decision_and_the_task_goes_on() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        process.deliver(TASK, "ExtensionRequested");

        complete(process.openItem(TASK, ProcessStep.DECIDE_EXTENSION).orElseThrow(),
                withVariables(ProcessVariables.APPROVED, true));

        assertThat(task).hasPassed("Task_DecideExtension", "EndEvent_ExtensionDecided");
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
    }

    @Test
    void a_granted_extension_moves_the_warning_and_the_deadline_timers() {
        ProcessInstance task = issueTask();
        acknowledge(task);

        grant(DUE, EXTENDED_DUE);

        assertThat(dueDate("BoundaryEvent_WarningWindow")).isEqualTo(EXTENDED_WARNING_OPENS);
        assertThat(dueDate("BoundaryEvent_DeadlinePassed")).isEqualTo(EXTENDED_OVERDUE_FROM);
        assertThat(task).variables().containsEntry(ProcessVariables.WARNING_AT, "2026-05-17T00:00:00+08:00")
                .containsEntry(ProcessVariables.OVERDUE_AT, "2026-05-21T00:00:00+08:00");

        moveTo(OVERDUE_FROM);
        assertThat(task).hasNotPassed("ServiceTask_WarnDeadline", "ServiceTask_MarkOverdue");
        assertThat(commands.of(EscalateTask.class)).isEmpty();

        moveTo(EXTENDED_OVERDUE_FROM);
        assertThat(task).hasPassed("ServiceTask_WarnDeadline", "ServiceTask_MarkOverdue");
        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE);
    }

    @Test
    void an_extension_granted_inside_the_warning_window_still_moves_the_deadline() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(WARNING_OPENS);

        grant(DUE, EXTENDED_DUE);

        assertThat(dueDate("BoundaryEvent_DeadlinePassed")).isEqualTo(EXTENDED_OVERDUE_FROM);
        moveTo(OVERDUE_FROM);
        assertThat(commands.of(EscalateTask.class)).isEmpty();
    }

    @Test
    void an_extension_granted_after_the_deadline_withdraws_the_overdue_item_and_watches_the_new_deadline() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(OVERDUE_FROM);
        assertThat(workItems(task)).contains("Task_HandleOverdue");
        moveTo(Instant.parse("2026-04-22T05:00:00Z"));
        int lightReviews = commands.of(ReviewLight.class).size();

        grant(DUE, EXTENDED_DUE);
        runDueJobs();

        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps");
        assertThat(process.openItem(TASK, ProcessStep.URGE)).isEmpty();
        assertThat(commands.of(ReviewLight.class)).as("the light is judged again at once").hasSize(lightReviews + 1);
        assertThat(dueDate("BoundaryEvent_WarningWindow")).isEqualTo(EXTENDED_WARNING_OPENS);
        assertThat(dueDate("BoundaryEvent_DeadlinePassed")).isEqualTo(EXTENDED_OVERDUE_FROM);

        moveTo(EXTENDED_OVERDUE_FROM);
        assertThat(passed(task, "ServiceTask_WarnDeadline")).isEqualTo(2);
        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE, OVERDUE);
        assertThat(workItems(task)).containsExactlyInAnyOrder("Task_ReportProgress", "Task_ReviewGaps",
                "Task_HandleOverdue");
    }

    @Test
    void an_extension_granted_inside_the_warning_window_opens_the_window_again_before_the_new_deadline() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(WARNING_OPENS);

        grant(DUE, EXTENDED_DUE);

        assertThat(dueDate("BoundaryEvent_WarningWindow")).isEqualTo(EXTENDED_WARNING_OPENS);
        moveTo(EXTENDED_WARNING_OPENS);
        assertThat(passed(task, "ServiceTask_WarnDeadline")).isEqualTo(2);
    }

    @Test
    void an_extension_granted_after_the_office_handled_the_overdue_task_still_watches_the_new_deadline() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        moveTo(OVERDUE_FROM);
        complete(process.openItem(TASK, ProcessStep.URGE).orElseThrow());

        grant(DUE, EXTENDED_DUE);
        moveTo(EXTENDED_OVERDUE_FROM);

        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE, OVERDUE);
        assertThat(workItems(task)).contains("Task_HandleOverdue");
    }

    @Test
    void a_second_extension_moves_the_deadline_again() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        grant(DUE, EXTENDED_DUE);

        grant(EXTENDED_DUE, LATER_DUE);

        assertThat(dueDate("BoundaryEvent_DeadlinePassed")).isEqualTo(LATER_OVERDUE_FROM);
        moveTo(EXTENDED_OVERDUE_FROM);
        assertThat(commands.of(EscalateTask.class)).isEmpty();
        moveTo(LATER_OVERDUE_FROM);
        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE);
    }

    @Test
    void a_denied_extension_leaves_the_deadline_where_it_was() {
        ProcessInstance task = issueTask();
        acknowledge(task);
        process.deliver(TASK, "ExtensionRequested");

        complete(process.openItem(TASK, ProcessStep.DECIDE_EXTENSION).orElseThrow(),
                withVariables(ProcessVariables.APPROVED, false));

        assertThat(dueDate("BoundaryEvent_DeadlinePassed")).isEqualTo(OVERDUE_FROM);
        moveTo(OVERDUE_FROM);
        assertThat(commands.of(EscalateTask.class)).containsExactly(OVERDUE);
    }

    private static Instant dueDate(String timer) {
        return jobQuery().activityId(timer).singleResult().getDuedate().toInstant();
    }

    /** The unit asks for the later date and the office grants it: the bridge receives both events. */
    private void grant(LocalDate from, LocalDate to) {
        bridge.on(new ExtensionRequested(TASK, to, "材料未齐"));
        bridge.on(new ExtensionGranted(TASK, from, to, "同意"));
    }
}
