package cn.duban.command.task;

import cn.duban.api.AssessTask;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReviewGaps;
import cn.duban.api.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.duban.api.TaskStatus.ACKNOWLEDGED;
import static cn.duban.api.TaskStatus.RECTIFYING;
import static cn.duban.api.TaskStatus.REPORTING;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.task.TaskStory.ON_TARGET;
import static cn.duban.command.task.TaskStory.SEVEN_STATIONS;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.DUE;
import static cn.duban.command.task.TaskStory.fixture;
import static cn.duban.command.task.TaskStory.fixtureOn;
import static cn.duban.command.task.TaskStory.gapsFound;
import static cn.duban.command.task.TaskStory.noGaps;
import static cn.duban.command.task.TaskStory.reported;

class GapReviewTest {

    private static final GapsRectified RECTIFIED = new GapsRectified(TASK, figures("stations", "30"), "新建7个",
            List.of());

    @Test
    void a_review_finds_the_shortfall_of_the_latest_figures() {
        fixture().given(at(REPORTING))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(gapsFound());
    }

    @Test
    void a_review_records_the_facts_the_process_routes_and_scores_by() {
        fixtureOn(DUE.plusDays(10)).given(at(REPORTING))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(new GapsReviewed(TASK, List.of(SEVEN_STATIONS), new BigDecimal("0.9222"), 10));
        fixtureOn(DUE).given(at(REPORTING))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(gapsFound());
    }

    @Test
    void a_review_of_figures_on_target_finds_no_gaps() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(reported(ON_TARGET))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(noGaps());
    }

    @Test
    void a_task_without_gaps_moves_on_to_assessment() {
        fixture().given(at(ACKNOWLEDGED)).andGiven(reported(ON_TARGET), noGaps())
                .when(new AssessTask(TASK, 90, "好"), as(OFFICE))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = "REPORTING", mode = EnumSource.Mode.EXCLUDE)
    void a_review_needs_a_report_or_rectification_to_review(TaskStatus status) {
        fixture().given(at(status))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void the_unit_rectifies_open_gaps_with_new_figures() {
        fixture().given(at(RECTIFYING))
                .when(new RectifyGaps(TASK, figures("stations", "30"), "新建7个", List.of()), as(UNIT))
                .expectEvents(RECTIFIED);
    }

    @Test
    void a_rectification_is_reviewed_again_and_closes_the_gap() {
        fixture().given(at(RECTIFYING)).andGiven(RECTIFIED)
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(noGaps());
    }

    @Test
    void a_rectification_that_falls_short_leaves_the_gap_open() {
        fixture().given(at(RECTIFYING))
                .andGiven(new GapsRectified(TASK, figures("stations", "28"), "新建5个", List.of()))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(new GapsReviewed(TASK, List.of(
                        new Gap("stations", new BigDecimal("30"), new BigDecimal("28"), new BigDecimal("2"))), new BigDecimal("0.9778"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = "RECTIFYING", mode = EnumSource.Mode.EXCLUDE)
    void only_a_task_whose_review_found_gaps_is_rectified(TaskStatus status) {
        fixture().given(at(status))
                .when(new RectifyGaps(TASK, figures("stations", "30"), "新建7个", List.of()), as(UNIT))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void a_rectification_needs_figures() {
        fixture().given(at(RECTIFYING))
                .when(new RectifyGaps(TASK, Map.of(), "说明", List.of()), as(UNIT))
                .expectException(invalid("figures"));
    }

    @Test
    void a_rectification_without_a_figure_map_is_refused_as_input() {
        fixture().given(at(RECTIFYING))
                .when(new RectifyGaps(TASK, null, "说明", List.of()), as(UNIT))
                .expectException(invalid("figures"));
    }

    @Test
    void a_rectification_needs_a_narrative() {
        fixture().given(at(RECTIFYING))
                .when(new RectifyGaps(TASK, figures("stations", "30"), "", List.of()), as(UNIT))
                .expectException(invalid("narrative"));
    }

    @Test
    void rectified_figures_follow_the_indicator_rules() {
        fixture().given(at(RECTIFYING))
                .when(new RectifyGaps(TASK, figures("stations", "29.5"), "新建", List.of()), as(UNIT))
                .expectException(invalid("figures.stations"));
    }
}
