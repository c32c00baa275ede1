package cn.duban.command.task;

import cn.duban.api.Bound;
import cn.duban.api.Gap;
import cn.duban.api.IndicatorKind;
import cn.duban.api.TaskTarget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the gaps (查漏补缺) of a task from its latest figures: an indicator not reported counts as 0; a count or
 * percentage falls short of an AT_LEAST target by the difference and exceeds an AT_MOST ceiling by the excess; a
 * milestone is either done or a gap of 1.
 */
public final class GapRules {

    private GapRules() {
    }

    public static List<Gap> gaps(List<TaskTarget> targets, Map<String, BigDecimal> latestFigures) {
        return targets.stream()
                .map(target -> gap(target, latestFigures.getOrDefault(target.indicator(), BigDecimal.ZERO)))
                .filter(Objects::nonNull)
                .toList();
    }

    private static Gap gap(TaskTarget target, BigDecimal reported) {
        BigDecimal shortfall = shortfall(target, reported);
        return shortfall.signum() > 0 ? new Gap(target.indicator(), target.target(), reported, shortfall) : null;
    }

    private static BigDecimal shortfall(TaskTarget target, BigDecimal reported) {
        if (target.kind() == IndicatorKind.MILESTONE) {
            return reported.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        BigDecimal difference = target.comparator() == Bound.AT_MOST
                ? reported.subtract(target.target())
                : target.target().subtract(reported);
        return difference.max(BigDecimal.ZERO);
    }
}
