package cn.duban.command.task;

import cn.duban.api.TaskTarget;
import cn.duban.command.shared.InputCheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a reported figure may be: one of the task's indicators, never negative, a whole number for counts, at most
 * 100 for a percentage, and 0 (not done) or 1 (done) for a milestone.
 */
final class FigureRules {

    private FigureRules() {
    }

    static void check(List<TaskTarget> targets, Map<String, BigDecimal> figures, String field, InputCheck check) {
        if (figures == null) {
            return;
        }
        figures.forEach((indicator, value) -> {
            String name = field + "." + indicator;
            TaskTarget target = targets.stream().filter(t -> t.indicator().equals(indicator)).findFirst().orElse(null);
            if (target == null) {
                check.require(false, name, "不是本任务的指标");
            } else if (value == null) {
                check.require(false, name, "须为数字");
            } else {
                checkValue(target, value, name, check);
            }
        });
    }

    private static void checkValue(TaskTarget target, BigDecimal value, String name, InputCheck check) {
        check.nonNegative(value, name);
        if (!InputCheck.isBounded(value)) {
            return; // said once: nothing more is worth computing about 1e400
        }
        switch (target.kind()) {
            case COUNT -> check.require(value.stripTrailingZeros().scale() <= 0, name, "须为整数");
            case PERCENT -> check.require(value.compareTo(BigDecimal.valueOf(100)) <= 0, name, "不能超过 100");
            case MILESTONE -> check.require(value.compareTo(BigDecimal.ZERO) == 0
                    || value.compareTo(BigDecimal.ONE) == 0, name, "须为 0（未完成）或 1（已完成）");
        }
    }
}
