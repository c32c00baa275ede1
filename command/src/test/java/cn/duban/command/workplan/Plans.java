package cn.duban.command.workplan;

import cn.duban.api.Bound;
import cn.duban.api.Indicator;
import cn.duban.api.IndicatorKind;
import cn.duban.api.PlanItem;
import cn.duban.api.Rollup;

import java.math.BigDecimal;
import java.util.List;

/** Plan items of the 2018 plan's shape, for the work-plan tests. */
final class Plans {

    private Plans() {
    }

    static Indicator indicator(String code, IndicatorKind kind, String target) {
        return new Indicator(code, "指标 " + code, "个", kind, Bound.AT_LEAST,
                target == null ? null : new BigDecimal(target), Rollup.SUM, List.of());
    }

    static Indicator count(String code, String target) {
        return indicator(code, IndicatorKind.COUNT, target);
    }

    static PlanItem item(String code, Indicator... indicators) {
        return new PlanItem(code, "十件实事", "要点 " + code, List.of(indicators));
    }

    /** Item 1 with love stations (爱心驿站) and a milestone; item 2 with a percentage. */
    static List<PlanItem> items() {
        return List.of(
                item("1", count("stations", "30"), indicator("charter", IndicatorKind.MILESTONE, "1")),
                item("2", indicator("coverage", IndicatorKind.PERCENT, "95")));
    }
}
