package cn.duban.workflows;

import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IssuedTask;
import cn.duban.api.ProgressReported;
import cn.duban.api.Rating;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskListIssued;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * A process test: the models deployed together as in production, started the way production starts them (the
 * bridge receiving {@code TaskListIssued}), the real adapters sending to a recording gateway, and time moved by
 * {@link #moveTo}, which runs the jobs that fall due. Never slept.
 */
@Deployment(resources = {"bpmn/TaskListProcess.bpmn", "bpmn/SupervisionTaskProcess.bpmn",
        "bpmn/LightReviewProcess.bpmn", "dmn/SuggestScore.dmn",
        "forms/acknowledge.form", "forms/report.form", "forms/gap-review.form", "forms/rectify.form",
        "forms/assess.form", "forms/extension-decision.form", "forms/urge.form"})
abstract class AbstractProcessTest {

    static final String TASK_LIST = "list-2026-08";
    static final String TASK = "task-1";
    static final String UNIT = "songqiao";
    static final String UNIT_GROUP = "unit:songqiao";
    static final String OFFICE = "office";
    /** 09:00 in the office's zone on 1 April 2026. */
    static final Instant ISSUED = Instant.parse("2026-04-01T01:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 20);
    /** The warning window opens at midnight (office time) three days before the due date. */
    static final Instant WARNING_OPENS = Instant.parse("2026-04-16T16:00:00Z");
    /** Overdue from midnight (office time) after the due date. */
    static final Instant OVERDUE_FROM = Instant.parse("2026-04-20T16:00:00Z");

    /** The defaults, but two tasks to a page of the daily light review, so that paging is seen with few tasks. */
    static final WorkflowSettings SETTINGS = new WorkflowSettings(null, null, 2);

    static final Gap ONE_STATION_SHORT = new Gap("love_stations", BigDecimal.TEN, new BigDecimal("9"), BigDecimal.ONE);

    /** The engine of camunda.cfg.xml, with the models above deployed around each test. */
    @RegisterExtension
    final ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    ProcessClock clock;
    SentCommands commands;
    ProcessBridge bridge;
    SupervisionProcess process;
    private DueJobs jobs;
    /** The transactions the light review opens, one per task judged (without a transaction manager here). */
    protected CountedTransactions eachTask;

    @BeforeEach
    void wireTheProcessAndStartTheClock() {
        processEngine = engine.getProcessEngine();
        BpmnAwareTests.init(processEngine);
        clock = new ProcessClock(ISSUED);
        commands = new SentCommands();
        jobs = new DueJobs(processEngine.getManagementService());
        eachTask = new CountedTransactions();
        process = new SupervisionProcess(processEngine.getTaskService(), processEngine.getRuntimeService(),
                processEngine.getFormService());
        bridge = new ProcessBridge(processEngine.getRuntimeService(), process, new Deadlines(clock), SETTINGS);
        Mocks.register("lightReviewSchedule", new LightReviewSchedule(clock));
        Mocks.register("lightReview", new LightReview(processEngine.getRuntimeService(),
                processEngine.getManagementService(), commands.commands, SETTINGS, eachTask));
    }

    @AfterEach
    void resetTheClocksAndTheAdapters() {
        ProcessClock.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** Issues {@link #TASK_LIST} with one task per organization ({@code task-1}, {@code task-2}, ...), all due on {@link #DUE}. */
    ProcessInstance issue(String... organizations) {
        IssuedTask[] tasks = new IssuedTask[organizations.length];
        Arrays.setAll(tasks, i -> new IssuedTask("task-" + (i + 1), "item-" + (i + 1), organizations[i], DUE));
        bridge.on(new TaskListIssued(TASK_LIST, Arrays.asList(tasks), "R/P7D"));
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("TaskListProcess").processInstanceBusinessKey(TASK_LIST).singleResult();
    }

    /** Issues a list of the one task {@link #TASK} of {@link #UNIT}, and answers its supervision process. */
    ProcessInstance issueTask() {
        issue(UNIT);
        return supervisionOf(TASK);
    }

    ProcessInstance supervisionOf(String taskId) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("SupervisionTaskProcess").processInstanceBusinessKey(taskId).singleResult();
    }

    void moveTo(Instant instant) {
        clock.set(instant);
        runDueJobs();
    }

    /** Runs the due jobs and the due jobs those create; answers how many ran. */
    int runDueJobs() {
        return jobs.run();
    }

    /* The loop's steps are taken as production takes them: the bridge receives the task's events. */

    void acknowledge(ProcessInstance task) {
        bridge.on(new TaskAcknowledged(task.getBusinessKey()));
    }

    void report(ProcessInstance task) {
        bridge.on(new ProgressReported(task.getBusinessKey(), Map.of(), "进展", List.of()));
    }

    /**
     * The office reviews the gaps (Task_ReviewGaps) or verifies a rectification (Task_VerifyRectification): the
     * review's event carries the facts the process routes on.
     */
    void review(String workItem, ProcessInstance task, boolean gapsFound) {
        assertThat(task(workItem, task)).as("the review's work item").isNotNull();
        bridge.on(new GapsReviewed(task.getBusinessKey(), gapsFound ? List.of(ONE_STATION_SHORT) : List.of(),
                gapsFound ? new BigDecimal("0.9") : BigDecimal.ONE, 0));
    }

    void rectify(ProcessInstance task) {
        bridge.on(new GapsRectified(task.getBusinessKey(), Map.of(), "整改", List.of()));
    }

    void assess(ProcessInstance task) {
        bridge.on(new TaskAssessed(task.getBusinessKey(), 90, Rating.EXCELLENT, BigDecimal.ONE, "好"));
    }

    /** Acknowledged, reviewed without gaps: the task waits for the office's assessment. */
    void bringToAssessment(ProcessInstance task) {
        acknowledge(task);
        review("Task_ReviewGaps", task, false);
    }

    /** The open work items (user task ids) of a process instance, whoever they are for. */
    List<String> workItems(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** How often the activity has finished in that process instance. */
    long passed(ProcessInstance instance, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(activityId).finished().count();
    }
}
