package cn.duban.query.status;

import cn.duban.api.Bound;
import cn.duban.api.Indicator;
import cn.duban.api.IndicatorKind;
import cn.duban.api.PlanItem;
import cn.duban.api.Rollup;
import cn.duban.api.TaskStatus;
import cn.duban.query.ATask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanProgressTest {

    private static final PlanItem S4 = new PlanItem("S4", "PRACTICAL_MATTER", "建立爱心驿站", List.of(
            indicator("love_stations", IndicatorKind.COUNT, 30, Rollup.SUM),
            indicator("station_measures", IndicatorKind.MILESTONE, 1, Rollup.ALL)));
    private static final PlanItem S6 = new PlanItem("S6", "PRACTICAL_MATTER", "推行工资集体协商", List.of(
            indicator("openness_congress_rate", IndicatorKind.PERCENT, 95, Rollup.MIN)));

    @Test
    void sum_adds_the_units_figures_and_all_needs_every_milestone() {
        List<PlanItemProgress> progress = PlanProgress.of(List.of(S4), List.of(
                ATask.of("t1", "linze").count("love_stations", 10).milestone("station_measures")
                        .reported("love_stations", 9).reported("station_measures", 1).build(),
                ATask.of("t2", "sanduo").count("love_stations", 10).milestone("station_measures")
                        .reported("love_stations", 14).build(),
                ATask.of("t3", "xiejia").count("love_stations", 10).status(TaskStatus.WITHDRAWN)
                        .reported("love_stations", 100).build()));

        assertThat(progress).containsExactly(
                new PlanItemProgress("S4", "love_stations", BigDecimal.valueOf(30), BigDecimal.valueOf(23),
                        new BigDecimal("0.7667")),
                new PlanItemProgress("S4", "station_measures", BigDecimal.ONE, BigDecimal.ZERO,
                        new BigDecimal("0.0000")));
    }

    @Test
    void all_is_done_when_every_unit_is_done_and_sum_is_capped_at_the_target() {
        List<PlanItemProgress> progress = PlanProgress.of(List.of(S4), List.of(
                ATask.of("t1", "linze").count("love_stations", 20).milestone("station_measures")
                        .reported("love_stations", 20).reported("station_measures", 1).build(),
                ATask.of("t2", "sanduo").count("love_stations", 20).milestone("station_measures")
                        .reported("love_stations", 20).reported("station_measures", 1).build()));

        assertThat(progress).extracting(PlanItemProgress::reported, PlanItemProgress::completion)
                .containsExactly(tuple(BigDecimal.valueOf(40), new BigDecimal("1.0000")),
                        tuple(BigDecimal.ONE, new BigDecimal("1.0000")));
    }

    @Test
    void min_takes_the_weakest_unit_counting_a_silent_one_as_zero() {
        List<PlanItem> items = List.of(S6);
        PlanItemProgress reportedByAll = PlanProgress.of(items, List.of(
                ATask.of("t1", "linze").item("S6").percent("openness_congress_rate", 95)
                        .reported("openness_congress_rate", 97).build(),
                ATask.of("t2", "sanduo").item("S6").percent("openness_congress_rate", 95)
                        .reported("openness_congress_rate", 76).build())).get(0);
        PlanItemProgress oneSilent = PlanProgress.of(items, List.of(
                ATask.of("t1", "linze").item("S6").percent("openness_congress_rate", 95)
                        .reported("openness_congress_rate", 97).build(),
                ATask.of("t2", "sanduo").item("S6").percent("openness_congress_rate", 95).build())).get(0);

        assertThat(reportedByAll.reported()).isEqualByComparingTo("76");
        assertThat(reportedByAll.completion()).isEqualByComparingTo("0.8000");
        assertThat(oneSilent.reported()).isEqualByComparingTo("0");
    }

    @Test
    void an_indicator_nobody_was_assigned_has_no_line() {
        assertThat(PlanProgress.of(List.of(S4, S6), List.of())).isEmpty();
        assertThat(PlanProgress.of(List.of(S4, S6), List.of(
                ATask.of("t1", "linze").count("love_stations", 10).reported("love_stations", 4).build())))
                .extracting(PlanItemProgress::itemCode, PlanItemProgress::indicator)
                .containsExactly(tuple("S4", "love_stations"));
    }

    @Test
    void an_indicator_carried_only_by_withdrawn_tasks_has_no_line() {
        assertThat(PlanProgress.of(List.of(S6), List.of(
                ATask.of("t1", "linze").item("S6").percent("openness_congress_rate", 95)
                        .status(TaskStatus.WITHDRAWN).reported("openness_congress_rate", 97).build())))
                .isEmpty();
    }

    private static Indicator indicator(String code, IndicatorKind kind, long target, Rollup rollup) {
        return new Indicator(code, code, "", kind, Bound.AT_LEAST, BigDecimal.valueOf(target), rollup, null);
    }
}
