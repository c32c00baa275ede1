package cn.duban.command.workplan;

import cn.duban.api.Bound;
import cn.duban.api.Indicator;
import cn.duban.api.IndicatorKind;
import cn.duban.api.PlanItem;
import cn.duban.api.Rollup;
import cn.duban.command.shared.InputCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static cn.duban.command.support.Refusals.fieldsAtFault;
import static cn.duban.command.workplan.Plans.count;
import static cn.duban.command.workplan.Plans.indicator;
import static cn.duban.command.workplan.Plans.item;
import static cn.duban.command.workplan.Plans.items;
import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    private static Set<String> faultsIn(List<PlanItem> items) {
        var check = new InputCheck();
        PlanRules.check(items, check);
        return fieldsAtFault(check);
    }

    private static Set<String> faultsOfAmendment(List<PlanItem> after) {
        var check = new InputCheck();
        PlanRules.checkAmendment(items(), after, check);
        return fieldsAtFault(check);
    }

    private static Set<String> faultsOfIndicator(Indicator indicator) {
        return faultsIn(List.of(item("1", indicator)));
    }

    private static final String TARGET = "items[0].indicators[0].target";

    @Test
    void the_2018_shape_of_items_is_well_formed() {
        assertThat(faultsIn(items())).isEmpty();
    }

    @Test
    void a_plan_needs_items() {
        assertThat(faultsIn(List.of())).containsExactly("items");
        assertThat(faultsIn(null)).containsExactly("items");
    }

    @Test
    void an_item_code_is_used_once() {
        assertThat(faultsIn(List.of(item("1", count("a", "1")), item("1", count("b", "1")))))
                .containsExactly("items[1].code");
    }

    @Test
    void an_item_needs_a_code_and_a_title() {
        assertThat(faultsIn(List.of(new PlanItem(" ", null, "", List.of()))))
                .containsExactly("items[0].code", "items[0].title");
    }

    @Test
    void an_item_may_have_no_indicators() {
        assertThat(faultsIn(List.of(item("1")))).isEmpty();
    }

    @Test
    void an_indicator_code_is_used_once_within_an_item() {
        assertThat(faultsIn(List.of(item("1", count("a", "1"), count("a", "2")))))
                .containsExactly("items[0].indicators[1].code");
    }

    @Test
    void two_items_may_use_the_same_indicator_code() {
        assertThat(faultsIn(List.of(item("1", count("a", "1")), item("2", count("a", "2"))))).isEmpty();
    }

    @Test
    void an_indicator_needs_code_name_kind_comparator_and_rollup() {
        var empty = new Indicator(null, null, null, null, null, BigDecimal.ONE, null, null);
        assertThat(faultsOfIndicator(empty)).containsExactly(
                "items[0].indicators[0].code", "items[0].indicators[0].comparator", "items[0].indicators[0].kind",
                "items[0].indicators[0].name", "items[0].indicators[0].rollup");
    }

    @Test
    void an_indicator_needs_a_target() {
        assertThat(faultsOfIndicator(count("a", null))).containsExactly(TARGET);
    }

    @ParameterizedTest(name = "{0} target {1}: accepted = {2}")
    @CsvSource({
            "COUNT,     0,     true",
            "COUNT,     1000,  true",
            "COUNT,     -1,    false",
            "PERCENT,   0,     true",
            "PERCENT,   100,   true",
            "PERCENT,   99.5,  true",
            "PERCENT,   100.1, false",
            "PERCENT,   -5,    false",
            "MILESTONE, 1,     true",
            "MILESTONE, 1.00,  true",
            "MILESTONE, 0,     false",
            "MILESTONE, 2,     false",
    })
    void a_target_fits_its_indicator_kind(IndicatorKind kind, String target, boolean accepted) {
        Set<String> faults = faultsOfIndicator(indicator("a", kind, target));
        if (accepted) {
            assertThat(faults).isEmpty();
        } else {
            assertThat(faults).containsExactly(TARGET);
        }
    }

    @Test
    void a_ceiling_is_an_indicator_like_any_other() {
        var ceiling = new Indicator("a", "事故", "起", IndicatorKind.COUNT, Bound.AT_MOST, BigDecimal.ZERO,
                Rollup.SUM, List.of());
        assertThat(faultsOfIndicator(ceiling)).isEmpty();
    }

    @Test
    void an_amendment_may_add_items_and_indicators() {
        var more = List.of(item("1", count("stations", "30"), indicator("charter", IndicatorKind.MILESTONE, "1"),
                count("new", "3")), items().get(1), item("3", count("houses", "5")));
        assertThat(faultsOfAmendment(more)).isEmpty();
    }

    @Test
    void an_amendment_may_not_remove_an_item() {
        assertThat(faultsOfAmendment(List.of(items().get(1)))).containsExactly("items");
    }

    @Test
    void an_amendment_may_not_remove_an_indicator() {
        assertThat(faultsOfAmendment(List.of(item("1", count("stations", "30")), items().get(1))))
                .containsExactly("items");
    }
}
