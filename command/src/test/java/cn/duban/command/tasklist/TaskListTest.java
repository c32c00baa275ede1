package cn.duban.command.tasklist;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Assignment;
import cn.duban.api.DraftTaskList;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.IssueTask;
import cn.duban.api.IssueTaskList;
import cn.duban.api.IssuedTask;
import cn.duban.api.TaskListDrafted;
import cn.duban.api.TaskListIssued;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static cn.duban.command.support.Actors.ADMIN;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.support.Targets.count;
import static cn.duban.command.support.Targets.percent;
import static org.axonframework.test.matchers.Matchers.predicate;

class TaskListTest {

    private static final String LIST = "list-3";
    private static final String PLAN = "plan-2018";
    private static final LocalDate LIST_DUE = LocalDate.of(2018, 12, 31);
    private static final LocalDate OWN_DUE = LocalDate.of(2018, 9, 30);

    private static final Assignment STATIONS = new Assignment("1", "jieshou", List.of(count("stations", "3")),
            new BigDecimal("0.6"), null);
    private static final Assignment COVERAGE = new Assignment("2", "linze", List.of(percent("coverage", "95")),
            new BigDecimal("0.4"), OWN_DUE);

    private AggregateTestFixture<TaskList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TaskList.class);
    }

    private static DraftTaskList draft(List<Assignment> assignments) {
        return new DraftTaskList(LIST, PLAN, "督交〔2018〕3号", "十件实事督查交办单", LIST_DUE, assignments);
    }

    private static TaskListDrafted drafted() {
        return new TaskListDrafted(LIST, PLAN, "督交〔2018〕3号", "十件实事督查交办单", LIST_DUE,
                List.of(withDueDate(STATIONS, LIST_DUE), COVERAGE));
    }

    private static Assignment withDueDate(Assignment a, LocalDate dueDate) {
        return new Assignment(a.itemCode(), a.organization(), a.targets(), a.weight(), dueDate);
    }

    @Test
    void the_office_drafts_a_task_list_where_an_assignment_without_deadline_takes_the_lists() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(STATIONS, COVERAGE)), as(OFFICE))
                .expectEvents(drafted());
    }

    @Test
    void only_the_office_drafts_a_task_list() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(STATIONS)), as(ADMIN))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void a_task_list_needs_assignments() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of()), as(OFFICE))
                .expectException(invalid("assignments"));
    }

    @Test
    void a_task_list_without_an_assignment_list_is_refused_as_input() {
        fixture.givenNoPriorActivity()
                .when(draft(null), as(OFFICE))
                .expectException(invalid("assignments"));
    }

    @Test
    void a_task_list_needs_a_number_a_title_a_work_plan_and_a_due_date() {
        fixture.givenNoPriorActivity()
                .when(new DraftTaskList(LIST, " ", "", null, null, List.of(STATIONS)), as(OFFICE))
                .expectException(invalid("workPlanId", "number", "title", "dueDate"));
    }

    @Test
    void malformed_assignments_are_refused_with_the_list() {
        var weightless = new Assignment("1", "jieshou", List.of(), BigDecimal.ZERO, null);
        fixture.givenNoPriorActivity()
                .when(draft(List.of(weightless)), as(OFFICE))
                .expectException(invalid("assignments[0].weight"));
    }

    @Test
    void issuing_creates_one_task_per_assignment_in_order_with_its_targets_weight_and_deadline() {
        fixture.given(drafted())
                .when(new IssueTaskList(LIST), as(OFFICE))
                .expectResultMessagePayloadMatching(predicate((List<IssueTask> tasks) -> tasks.size() == 2
                        && matches(tasks.get(0), withDueDate(STATIONS, LIST_DUE))
                        && matches(tasks.get(1), COVERAGE)));
    }

    private static boolean matches(IssueTask task, Assignment assignment) {
        return task.taskListId().equals(LIST) && task.workPlanId().equals(PLAN)
                && task.itemCode().equals(assignment.itemCode()) && task.organization().equals(assignment.organization())
                && task.targets().equals(assignment.targets()) && task.weight().equals(assignment.weight())
                && task.dueDate().equals(assignment.dueDate());
    }

    @Test
    void each_issued_task_gets_an_id_of_its_own() {
        fixture.given(drafted())
                .when(new IssueTaskList(LIST), as(OFFICE))
                .expectResultMessagePayloadMatching(predicate((List<IssueTask> tasks) ->
                        new HashSet<>(tasks.stream().map(IssueTask::taskId).toList()).size() == 2));
    }

    @Test
    void the_issued_event_names_the_tasks_the_command_answers_on_the_default_weekly_cycle() {
        var answered = new AtomicReference<List<IssueTask>>();
        fixture.given(drafted())
                .when(new IssueTaskList(LIST), as(OFFICE))
                .expectResultMessagePayloadMatching(predicate((List<IssueTask> tasks) -> {
                    answered.set(tasks);
                    return true;
                }))
                .expectEventsMatching(predicate((List<EventMessage<?>> events) -> events.size() == 1
                        && events.get(0).getPayload().equals(new TaskListIssued(LIST, answered.get().stream()
                        .map(t -> new IssuedTask(t.taskId(), t.itemCode(), t.organization(), t.dueDate()))
                        .toList(), "R/P7D"))));
    }

    @ParameterizedTest(name = "cycle {0}")
    @ValueSource(strings = {"R/P1D", "R/P14D", "R4/P1W"})
    void a_chosen_reporting_cycle_of_days_or_weeks_is_kept(String cycle) {
        fixture.given(drafted())
                .when(new IssueTaskList(LIST, cycle), as(OFFICE))
                .expectEventsMatching(predicate((List<EventMessage<?>> events) ->
                        ((TaskListIssued) events.get(0).getPayload()).reportingCycle().equals(cycle)));
    }

    @ParameterizedTest(name = "cycle {0}")
    @ValueSource(strings = {"P7D", "R/P0D", "R/P1M", "R/PT12H", "weekly", "R/P7D/2018-01-01"})
    void a_reporting_cycle_other_than_repeating_whole_days_or_weeks_is_refused(String cycle) {
        fixture.given(drafted())
                .when(new IssueTaskList(LIST, cycle), as(OFFICE))
                .expectException(invalid("reportingCycle"))
                .expectNoEvents();
    }

    @Test
    void a_task_list_is_issued_once() {
        fixture.given(drafted(), new TaskListIssued(LIST, List.of(), "R/P7D"))
                .when(new IssueTaskList(LIST), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void only_the_office_issues_a_task_list() {
        fixture.given(drafted())
                .when(new IssueTaskList(LIST), as(UNIT))
                .expectException(ActionNotAllowedException.class);
    }
}
