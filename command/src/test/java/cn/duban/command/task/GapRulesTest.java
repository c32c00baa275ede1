package cn.duban.command.task;

import cn.duban.api.Bound;
import cn.duban.api.Gap;
import cn.duban.api.IndicatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.duban.command.support.Targets.ceiling;
import static cn.duban.command.support.Targets.count;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.support.Targets.milestone;
import static cn.duban.command.support.Targets.percent;
import static cn.duban.command.support.Targets.target;
import static org.assertj.core.api.Assertions.assertThat;

class GapRulesTest {

    /** The shortfall of one indicator, or null when it has no gap; an empty figure means not reported. */
    private static BigDecimal shortfall(IndicatorKind kind, Bound comparator, String target, String reported) {
        Map<String, BigDecimal> figures = reported == null ? Map.of() : figures("x", reported);
        List<Gap> gaps = GapRules.gaps(List.of(target("x", kind, comparator, target)), figures);
        return gaps.isEmpty() ? null : gaps.get(0).shortfall();
    }

    @ParameterizedTest(name = "{0} {1} {2}, reported {3}: shortfall {4}")
    @CsvSource({
            // a count to reach falls short by the difference
            "COUNT,     AT_LEAST, 30, 23,   7",
            "COUNT,     AT_LEAST, 30, 30,   ",
            "COUNT,     AT_LEAST, 30, 35,   ",
            "COUNT,     AT_LEAST, 30,     , 30",
            // a ceiling is exceeded by the excess; not reporting stays under it
            "COUNT,     AT_MOST,  2,  5,    3",
            "COUNT,     AT_MOST,  2,  2,    ",
            "COUNT,     AT_MOST,  2,  0,    ",
            "COUNT,     AT_MOST,  2,      , ",
            // percentages the same way, to the decimal
            "PERCENT,   AT_LEAST, 95, 87.5, 7.5",
            "PERCENT,   AT_LEAST, 95, 95.0, ",
            "PERCENT,   AT_LEAST, 95, 99.9, ",
            "PERCENT,   AT_LEAST, 95,     , 95",
            "PERCENT,   AT_MOST,  10, 12.5, 2.5",
            "PERCENT,   AT_MOST,  10, 10,   ",
            "PERCENT,   AT_MOST,  10, 9.9,  ",
            // a milestone is done or a gap of 1, whichever way its comparator points
            "MILESTONE, AT_LEAST, 1,  0,    1",
            "MILESTONE, AT_LEAST, 1,  1,    ",
            "MILESTONE, AT_LEAST, 1,      , 1",
            "MILESTONE, AT_MOST,  1,  0,    1",
            "MILESTONE, AT_MOST,  1,  1,    ",
    })
    void a_gap_is_the_shortfall_against_the_target_by_kind_and_comparator(IndicatorKind kind, Bound comparator,
                                                                          String target, String reported,
                                                                          BigDecimal expected) {
        BigDecimal actual = shortfall(kind, comparator, target, reported);
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @Test
    void a_gap_names_the_indicator_its_target_and_the_reported_figure() {
        assertThat(GapRules.gaps(List.of(count("stations", "30")), figures("stations", "23")))
                .containsExactly(new Gap("stations", new BigDecimal("30"), new BigDecimal("23"), new BigDecimal("7")));
    }

    @Test
    void an_indicator_not_reported_counts_as_zero() {
        assertThat(GapRules.gaps(List.of(count("stations", "30")), Map.of()))
                .containsExactly(new Gap("stations", new BigDecimal("30"), BigDecimal.ZERO, new BigDecimal("30")));
    }

    @Test
    void only_the_indicators_with_a_shortfall_are_gaps_in_the_order_of_the_targets() {
        var targets = List.of(milestone("charter"), count("stations", "30"), percent("coverage", "95"),
                ceiling("complaints", "2"));
        var figures = figures("stations", "30", "coverage", "90", "complaints", "4");
        assertThat(GapRules.gaps(targets, figures)).extracting(Gap::indicator)
                .containsExactly("charter", "coverage", "complaints");
    }

    @Test
    void figures_of_other_indicators_make_no_gap() {
        assertThat(GapRules.gaps(List.of(count("stations", "30")), figures("stations", "30", "members", "0")))
                .isEmpty();
    }
}
