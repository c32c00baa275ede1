package cn.duban.query.assessment;

import cn.duban.query.task.TaskProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An organization's score (考核得分): the mean of its assessed tasks' scores, each weighted by its assessment weight
 * (考核权重), to two decimals. Tasks not assessed yet do not count; with none assessed there is no score.
 */
public final class WeightedScore {

    public static final int SCALE = 2;

    private WeightedScore() {
    }

    public static Optional<BigDecimal> of(Collection<TaskProgress> tasks) {
        List<TaskProgress> assessed = tasks.stream().filter(t -> t.score() != null && !t.withdrawn()).toList();
        BigDecimal weights = assessed.stream().map(TaskProgress::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal weighted = assessed.stream()
                .map(t -> t.weight().multiply(BigDecimal.valueOf(t.score())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(weighted.divide(weights, SCALE, RoundingMode.HALF_UP));
    }
}
