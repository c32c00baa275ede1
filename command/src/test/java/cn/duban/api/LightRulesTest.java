package cn.duban.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the three-colour rule that the aggregate's tests do not reach: which colour wins when several apply,
 * a task due the day it is issued, a clock before the issue day, and another warning window.
 */
class LightRulesTest {

    private static final LocalDate ISSUED_ON = LocalDate.of(2018, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2018, 12, 31);
    private static final List<TaskTarget> THIRTY_STATIONS = List.of(
            new TaskTarget("stations", IndicatorKind.COUNT, Bound.AT_LEAST, new BigDecimal("30")));
    private static final Map<String, BigDecimal> NOTHING = Map.of();
    private static final Map<String, BigDecimal> ALL_THIRTY = Map.of("stations", new BigDecimal("30"));

    private static Light on(LocalDate today, TaskStatus status, Map<String, BigDecimal> reported) {
        return LightRules.light(status, ISSUED_ON, DUE, today, LightRules.WARNING_DAYS, THIRTY_STATIONS, reported);
    }

    @Test
    void overdue_outranks_behind_schedule_and_open_gaps() {
        assertThat(on(DUE.plusDays(1), TaskStatus.RECTIFYING, NOTHING)).isEqualTo(Light.RED);
    }

    @Test
    void behind_schedule_outranks_the_warning_window() {
        assertThat(on(DUE.minusDays(1), TaskStatus.REPORTING, NOTHING)).isEqualTo(Light.YELLOW);
    }

    @Test
    void a_finished_task_is_green_even_when_overdue_and_short() {
        assertThat(on(DUE.plusDays(1), TaskStatus.WITHDRAWN, NOTHING)).isEqualTo(Light.GREEN);
    }

    @Test
    void a_task_due_the_day_it_is_issued_is_judged_without_dividing_by_zero() {
        assertThat(LightRules.light(TaskStatus.ISSUED, DUE, DUE, DUE, LightRules.WARNING_DAYS, THIRTY_STATIONS, NOTHING))
                .isEqualTo(Light.BLUE);
    }

    @Test
    void a_clock_before_the_issue_day_counts_no_time_as_elapsed() {
        assertThat(LightRules.behindSchedule(ISSUED_ON, DUE, ISSUED_ON.minusDays(3), THIRTY_STATIONS, NOTHING))
                .isFalse();
    }

    @Test
    void the_warning_window_is_a_parameter() {
        assertThat(LightRules.light(TaskStatus.REPORTING, ISSUED_ON, DUE, DUE.minusDays(5), 5, THIRTY_STATIONS,
                ALL_THIRTY)).isEqualTo(Light.BLUE);
        assertThat(LightRules.light(TaskStatus.REPORTING, ISSUED_ON, DUE, DUE.minusDays(6), 5, THIRTY_STATIONS,
                ALL_THIRTY)).isEqualTo(Light.GREEN);
    }
}
