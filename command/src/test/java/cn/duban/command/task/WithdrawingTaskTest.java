package cn.duban.command.task;

import cn.duban.api.IllegalTransitionException;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskWithdrawn;
import cn.duban.api.WithdrawTask;
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

class WithdrawingTaskTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"CLOSED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void the_office_withdraws_a_task_at_any_point_before_it_is_closed(TaskStatus status) {
        fixture().given(at(status))
                .when(new WithdrawTask(TASK, "任务调整"), as(OFFICE))
                .expectEvents(new TaskWithdrawn(TASK, "任务调整"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"CLOSED", "WITHDRAWN"})
    void a_closed_or_withdrawn_task_is_not_withdrawn(TaskStatus status) {
        fixture().given(at(status))
                .when(new WithdrawTask(TASK, "任务调整"), as(OFFICE))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_needs_a_reason() {
        fixture().given(at(ISSUED))
                .when(new WithdrawTask(TASK, " "), as(OFFICE))
                .expectException(invalid("reason"));
    }
}
