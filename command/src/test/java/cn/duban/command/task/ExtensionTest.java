package cn.duban.command.task;

import cn.duban.api.DecideExtension;
import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RequestExtension;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskWithdrawn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static cn.duban.api.TaskStatus.ACKNOWLEDGED;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.task.TaskStory.DUE;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.fixture;

class ExtensionTest {

    private static final LocalDate LATER = DUE.plusMonths(1);
    private static final ExtensionRequested REQUESTED = new ExtensionRequested(TASK, LATER, "场地未落实");

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ACKNOWLEDGED", "REPORTING", "RECTIFYING"})
    void the_unit_asks_for_a_later_deadline_while_it_works_on_the_task(TaskStatus status) {
        fixture().given(at(status))
                .when(new RequestExtension(TASK, LATER, "场地未落实"), as(UNIT))
                .expectEvents(REQUESTED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ISSUED", "ASSESSING", "CLOSED", "WITHDRAWN"})
    void no_extension_is_asked_for_before_acknowledging_or_once_the_units_work_is_done(TaskStatus status) {
        fixture().given(at(status))
                .when(new RequestExtension(TASK, LATER, "场地未落实"), as(UNIT))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void one_request_waits_for_a_decision_at_a_time() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED)
                .when(new RequestExtension(TASK, LATER.plusDays(1), "再延"), as(UNIT))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void the_new_deadline_must_be_after_the_current_one() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new RequestExtension(TASK, DUE, "同一天"), as(UNIT))
                .expectException(invalid("dueDate"));
    }

    @Test
    void a_request_needs_a_new_deadline_and_a_reason() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new RequestExtension(TASK, null, " "), as(UNIT))
                .expectException(invalid("dueDate", "reason"));
    }

    @Test
    void the_office_grants_the_requested_deadline() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED)
                .when(new DecideExtension(TASK, true, "同意"), as(OFFICE))
                .expectEvents(new ExtensionGranted(TASK, DUE, LATER, "同意"));
    }

    @Test
    void the_office_denies_the_request_and_the_denial_is_recorded() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED)
                .when(new DecideExtension(TASK, false, "理由不充分"), as(OFFICE))
                .expectEvents(new ExtensionDenied(TASK, LATER, "理由不充分"));
    }

    @Test
    void a_decision_needs_no_comment() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED)
                .when(new DecideExtension(TASK, false, null), as(OFFICE))
                .expectEvents(new ExtensionDenied(TASK, LATER, null));
    }

    @Test
    void a_comment_longer_than_4000_characters_is_refused() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED)
                .when(new DecideExtension(TASK, true, "字".repeat(4001)), as(OFFICE))
                .expectException(invalid("comment"));
    }

    @Test
    void there_is_nothing_to_decide_without_a_request() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new DecideExtension(TASK, true, "同意"), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void a_request_is_decided_once() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED, new ExtensionDenied(TASK, LATER, "不同意"))
                .when(new DecideExtension(TASK, true, "改为同意"), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void a_request_left_on_a_withdrawn_task_is_not_decided() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED, new TaskWithdrawn(TASK, "调整"))
                .when(new DecideExtension(TASK, true, "同意"), as(OFFICE))
                .expectException(IllegalTransitionException.class);
    }

    @Test
    void after_a_denial_the_unit_may_ask_again() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED, new ExtensionDenied(TASK, LATER, "不同意"))
                .when(new RequestExtension(TASK, LATER, "补充理由"), as(UNIT))
                .expectEvents(new ExtensionRequested(TASK, LATER, "补充理由"));
    }

    @Test
    void after_a_grant_a_new_request_must_be_after_the_granted_deadline() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(REQUESTED, new ExtensionGranted(TASK, DUE, LATER, "同意"))
                .when(new RequestExtension(TASK, LATER.minusDays(1), "再延"), as(UNIT))
                .expectException(invalid("dueDate"));
    }

    @Test
    void a_second_grant_starts_from_the_first_granted_deadline() {
        var evenLater = LATER.plusMonths(1);
        fixture().given(at(ACKNOWLEDGED))
                .andGiven(REQUESTED, new ExtensionGranted(TASK, DUE, LATER, "同意"),
                        new ExtensionRequested(TASK, evenLater, "再延"))
                .when(new DecideExtension(TASK, true, "同意"), as(OFFICE))
                .expectEvents(new ExtensionGranted(TASK, LATER, evenLater, "同意"));
    }
}
