package cn.duban.command.support;

import cn.duban.api.Bound;
import cn.duban.api.IndicatorKind;
import cn.duban.api.TaskTarget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Targets and figures of supervision tasks, written as the numbers a reader checks by hand. */
public final class Targets {

    private Targets() {
    }

    public static TaskTarget target(String indicator, IndicatorKind kind, Bound comparator, String target) {
        return new TaskTarget(indicator, kind, comparator, new BigDecimal(target));
    }

    /** A count to reach, such as 30 love stations (爱心驿站). */
    public static TaskTarget count(String indicator, String target) {
        return target(indicator, IndicatorKind.COUNT, Bound.AT_LEAST, target);
    }

    /** A percentage to reach, such as 95 % union coverage. */
    public static TaskTarget percent(String indicator, String target) {
        return target(indicator, IndicatorKind.PERCENT, Bound.AT_LEAST, target);
    }

    /** A count not to exceed, such as at most 2 complaints. */
    public static TaskTarget ceiling(String indicator, String target) {
        return target(indicator, IndicatorKind.COUNT, Bound.AT_MOST, target);
    }

    /** Something to get done: 1 when done, 0 when not. */
    public static TaskTarget milestone(String indicator) {
        return target(indicator, IndicatorKind.MILESTONE, Bound.AT_LEAST, "1");
    }

    /** Figures by indicator from pairs of indicator and number: {@code figures("stations", "23")}. */
    public static Map<String, BigDecimal> figures(String... indicatorsAndNumbers) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < indicatorsAndNumbers.length; i += 2) {
            figures.put(indicatorsAndNumbers[i], new BigDecimal(indicatorsAndNumbers[i + 1]));
        }
        return figures;
    }
}
