package cn.duban.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * How complete a task is, from 0 to 1: the mean over its indicators of each one's share of its target, capped at 1.
 * A milestone counts 1 when done; a ceiling (AT_MOST) counts 1 while kept and target/reported beyond it; a target
 * of 0 is met by any figure. A task without indicators is complete. The aggregate records it in a gap review
 * ({@link GapsReviewed}) and the read side shows it: one rule for both.
 */
public final class Completion {

    private Completion() {
    }

    public static BigDecimal of(List<TaskTarget> targets, Map<String, BigDecimal> reported) {
        if (targets.isEmpty()) {
            return BigDecimal.ONE;
        }
        BigDecimal sum = targets.stream()
                .map(t -> share(t, reported.getOrDefault(t.indicator(), BigDecimal.ZERO)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(targets.size()), 4, RoundingMode.HALF_UP);
    }

    /** One indicator's share of its target, capped at 1. */
    public static BigDecimal share(TaskTarget target, BigDecimal reported) {
        if (target.kind() == IndicatorKind.MILESTONE) {
            return reported.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (target.comparator() == Bound.AT_MOST) {
            return reported.compareTo(target.target()) <= 0 ? BigDecimal.ONE
                    : target.target().divide(reported, 4, RoundingMode.HALF_UP);
        }
        if (target.target().signum() == 0) {
            return BigDecimal.ONE;
        }
        return reported.divide(target.target(), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }
}
