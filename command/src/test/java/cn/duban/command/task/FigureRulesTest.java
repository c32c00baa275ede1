package cn.duban.command.task;

import cn.duban.api.IndicatorKind;
import cn.duban.api.TaskTarget;
import cn.duban.command.shared.InputCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.duban.command.support.Refusals.fieldsAtFault;
import static cn.duban.command.support.Targets.ceiling;
import static cn.duban.command.support.Targets.count;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.support.Targets.milestone;
import static cn.duban.command.support.Targets.percent;
import static org.assertj.core.api.Assertions.assertThat;

class FigureRulesTest {

    private static final List<TaskTarget> TARGETS = List.of(count("stations", "30"), percent("coverage", "95"),
            milestone("charter"), ceiling("complaints", "2"));

    private static Set<String> faultsIn(Map<String, BigDecimal> figures) {
        var check = new InputCheck();
        FigureRules.check(TARGETS, figures, "figures", check);
        return fieldsAtFault(check);
    }

    private static String indicatorOf(IndicatorKind kind) {
        return switch (kind) {
            case COUNT -> "stations";
            case PERCENT -> "coverage";
            case MILESTONE -> "charter";
        };
    }

    @ParameterizedTest(name = "{0} figure {1}: accepted = {2}")
    @CsvSource({
            "COUNT,     0,      true",
            "COUNT,     23,     true",
            "COUNT,     23.0,   true",
            "COUNT,     1E+3,   true",
            "COUNT,     23.5,   false",
            "COUNT,     -1,     false",
            "PERCENT,   0,      true",
            "PERCENT,   87.5,   true",
            "PERCENT,   100,    true",
            "PERCENT,   100.01, false",
            "PERCENT,   -0.5,   false",
            "MILESTONE, 0,      true",
            "MILESTONE, 1,      true",
            "MILESTONE, 1.00,   true",
            "MILESTONE, 0.5,    false",
            "MILESTONE, 2,      false",
            "MILESTONE, -1,     false",
    })
    void a_figure_fits_its_indicator_kind(IndicatorKind kind, String figure, boolean accepted) {
        String indicator = indicatorOf(kind);
        Set<String> faults = faultsIn(figures(indicator, figure));
        if (accepted) {
            assertThat(faults).isEmpty();
        } else {
            assertThat(faults).containsExactly("figures." + indicator);
        }
    }

    @Test
    void a_figure_for_a_ceiling_is_a_whole_count_too() {
        assertThat(faultsIn(figures("complaints", "1.5"))).containsExactly("figures.complaints");
    }

    @Test
    void a_figure_for_an_indicator_the_task_does_not_have_is_refused() {
        assertThat(faultsIn(figures("members", "10"))).containsExactly("figures.members");
    }

    @Test
    void a_figure_must_be_a_number() {
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("stations", null);
        assertThat(faultsIn(figures)).containsExactly("figures.stations");
    }

    @Test
    void no_figures_at_all_are_no_fault_of_the_figures() {
        assertThat(faultsIn(null)).isEmpty();
        assertThat(faultsIn(Map.of())).isEmpty();
    }

    @Test
    void every_figure_at_fault_is_named() {
        assertThat(faultsIn(figures("stations", "-2.5", "coverage", "120", "charter", "1")))
                .containsExactly("figures.coverage", "figures.stations");
    }
}
