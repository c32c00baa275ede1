package cn.duban.command.task;

import cn.duban.api.AssessTask;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.Rating;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.duban.api.TaskStatus.ASSESSING;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.WEIGHT;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.fixture;

class AssessingTaskTest {

    @Test
    void the_office_scores_the_task_with_its_rating_and_weight_which_closes_it() {
        fixture().given(at(ASSESSING))
                .when(new AssessTask(TASK, 85, "完成较好"), as(OFFICE))
                .expectEvents(new TaskAssessed(TASK, 85, Rating.GOOD, WEIGHT, "完成较好"), new TaskClosed(TASK));
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(ints = {0, 100})
    void scores_from_0_to_100_are_accepted(int score) {
        fixture().given(at(ASSESSING))
                .when(new AssessTask(TASK, score, null), as(OFFICE))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(ints = {-1, 101})
    void a_score_outside_0_to_100_is_refused(int score) {
        fixture().given(at(ASSESSING))
                .when(new AssessTask(TASK, score, "越界"), as(OFFICE))
                .expectException(invalid("score"))
                .expectNoEvents();
    }

    @Test
    void a_comment_longer_than_4000_characters_is_refused() {
        fixture().given(at(ASSESSING))
                .when(new AssessTask(TASK, 90, "字".repeat(4001)), as(OFFICE))
                .expectException(invalid("comment"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = "ASSESSING", mode = EnumSource.Mode.EXCLUDE)
    void only_a_task_whose_review_found_no_gaps_is_assessed(TaskStatus status) {
        fixture().given(at(status))
                .when(new AssessTask(TASK, 90, "好"), as(OFFICE))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }
}
