package cn.duban.query.status;

import cn.duban.api.Indicator;
import cn.duban.api.PlanItem;
import cn.duban.api.TaskTarget;
import cn.duban.api.Completion;
import cn.duban.query.task.TaskProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * The city-wide roll-up of each indicator of a plan by its rule, against the plan's target: SUM adds the units'
 * figures, MIN takes the weakest unit, ALL is done (1) only when every unit's milestone is. The units are the
 * tasks of the item that carry the indicator, withdrawn ones aside; a task that has not reported counts 0. An
 * indicator no such task carries is left out: nobody was assigned it, so the city has no figure for it (a SUM of
 * nothing would read as a city that did none of its target).
 */
public final class PlanProgress {

    /** Completion as a share of 1 with four decimals, like a task's. */
    private static final int COMPLETION_SCALE = 4;

    private PlanProgress() {
    }

    public static List<PlanItemProgress> of(List<PlanItem> items, List<TaskProgress> tasks) {
        return items.stream()
                .flatMap(item -> item.indicators().stream().flatMap(indicator -> progress(item, indicator, tasks)))
                .toList();
    }

    /** The indicator's line, or none when no task carries it. */
    private static Stream<PlanItemProgress> progress(PlanItem item, Indicator indicator, List<TaskProgress> tasks) {
        List<BigDecimal> figures = tasks.stream()
                .filter(t -> !t.withdrawn() && t.itemCode().equals(item.code()) && t.carries(indicator.code()))
                .map(t -> t.reported(indicator.code()).orElse(BigDecimal.ZERO))
                .toList();
        if (figures.isEmpty()) {
            return Stream.empty();
        }
        BigDecimal reported = rollUp(indicator, figures);
        BigDecimal completion = Completion.share(
                new TaskTarget(indicator.code(), indicator.kind(), indicator.comparator(), indicator.target()),
                reported).setScale(COMPLETION_SCALE, RoundingMode.HALF_UP);
        return Stream.of(new PlanItemProgress(item.code(), indicator.code(), indicator.target(), reported, completion));
    }

    /** {@code figures} holds one figure per carrying task, at least one. */
    private static BigDecimal rollUp(Indicator indicator, List<BigDecimal> figures) {
        return switch (indicator.rollup()) {
            case SUM -> figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN -> figures.stream().min(BigDecimal::compareTo).orElseThrow();
            case ALL -> figures.stream().allMatch(f -> f.compareTo(BigDecimal.ONE) >= 0) ? BigDecimal.ONE
                    : BigDecimal.ZERO;
        };
    }
}
