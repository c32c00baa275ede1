package cn.duban.command.task;

import cn.duban.api.Actor;
import cn.duban.api.EscalateTask;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RemindTask;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskReminded;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskUrged;
import cn.duban.api.UrgeTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.duban.api.TaskStatus.ISSUED;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.fixture;

/** Urges (催办) by the office, and reminders and escalations its process sends. */
class OfficeNudgesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ISSUED", "ACKNOWLEDGED", "REPORTING", "RECTIFYING"})
    void the_office_urges_the_unit_while_the_unit_has_work_to_do(TaskStatus status) {
        fixture().given(at(status))
                .when(new UrgeTask(TASK, "请加快进度"), as(OFFICE))
                .expectEvents(new TaskUrged(TASK, "请加快进度"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ASSESSING", "CLOSED", "WITHDRAWN"})
    void a_task_waiting_for_the_office_or_finished_is_not_urged(TaskStatus status) {
        fixture().given(at(status))
                .when(new UrgeTask(TASK, "请加快进度"), as(OFFICE))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void an_urge_needs_a_message() {
        fixture().given(at(ISSUED))
                .when(new UrgeTask(TASK, " "), as(OFFICE))
                .expectException(invalid("message"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ISSUED", "ACKNOWLEDGED", "REPORTING", "RECTIFYING"})
    void the_process_reminds_the_unit_while_the_unit_has_work_to_do(TaskStatus status) {
        fixture().given(at(status))
                .when(new RemindTask(TASK, "请签收"), as(Actor.PROCESS))
                .expectEvents(new TaskReminded(TASK, "请签收"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ASSESSING", "CLOSED", "WITHDRAWN"})
    void a_task_waiting_for_the_office_or_finished_gets_no_reminder(TaskStatus status) {
        fixture().given(at(status))
                .when(new RemindTask(TASK, "请签收"), as(Actor.PROCESS))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void a_reminder_needs_a_reason() {
        fixture().given(at(ISSUED))
                .when(new RemindTask(TASK, ""), as(Actor.PROCESS))
                .expectException(invalid("reason"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"CLOSED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void the_process_escalates_any_unfinished_task(TaskStatus status) {
        fixture().given(at(status))
                .when(new EscalateTask(TASK, "逾期未签收"), as(Actor.PROCESS))
                .expectEvents(new TaskEscalated(TASK, "逾期未签收"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"CLOSED", "WITHDRAWN"})
    void a_finished_task_is_not_escalated(TaskStatus status) {
        fixture().given(at(status))
                .when(new EscalateTask(TASK, "逾期"), as(Actor.PROCESS))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void an_escalation_needs_a_reason() {
        fixture().given(at(ISSUED))
                .when(new EscalateTask(TASK, null), as(Actor.PROCESS))
                .expectException(invalid("reason"));
    }
}
