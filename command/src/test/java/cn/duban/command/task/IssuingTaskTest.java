package cn.duban.command.task;

import cn.duban.api.IssueTask;
import cn.duban.api.TaskStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.OWN_ORGANIZATION;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.task.TaskStory.DUE;
import static cn.duban.command.task.TaskStory.TARGETS;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.WEIGHT;
import static cn.duban.command.task.TaskStory.fixture;
import static cn.duban.command.task.TaskStory.issued;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;

class IssuingTaskTest {

    private static IssueTask issue(BigDecimal weight) {
        return new IssueTask(TASK, "list-3", "plan-2018", "1", OWN_ORGANIZATION, TARGETS, weight, DUE);
    }

    @Test
    void the_office_issues_a_task_to_an_organization_with_targets_weight_and_deadline() {
        fixture().givenNoPriorActivity()
                .when(issue(WEIGHT), as(OFFICE))
                .expectEvents(issued());
    }

    @Test
    void an_issued_task_is_stored_in_the_stream_the_read_side_asks_for() {
        fixture().givenNoPriorActivity()
                .when(issue(WEIGHT), as(OFFICE))
                .expectEventsMatching(exactSequenceOf(matches((EventMessage<?> event) ->
                        TaskStream.TYPE.equals(((DomainEventMessage<?>) event).getType()))));
    }

    @Test
    void a_task_needs_its_ids_item_and_organization() {
        fixture().givenNoPriorActivity()
                .when(new IssueTask(" ", null, "plan-2018", "", null, TARGETS, WEIGHT, DUE), as(OFFICE))
                .expectException(invalid("taskId", "taskListId", "itemCode", "organization"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(strings = {"0", "-1"})
    void a_task_weight_must_be_greater_than_zero(String weight) {
        fixture().givenNoPriorActivity()
                .when(issue(new BigDecimal(weight)), as(OFFICE))
                .expectException(invalid("weight"));
    }

    @Test
    void a_task_needs_a_due_date_and_targets() {
        fixture().givenNoPriorActivity()
                .when(new IssueTask(TASK, "list-3", "plan-2018", "1", OWN_ORGANIZATION, null, WEIGHT, null),
                        as(OFFICE))
                .expectException(invalid("dueDate", "targets"));
    }
}
