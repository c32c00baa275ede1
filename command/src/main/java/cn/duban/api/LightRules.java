package cn.duban.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The three-colour rule (三色督办) of docs/API.md, judged on a given day: red when overdue; yellow with open gaps or
 * figures behind time-proportional progress (序时进度: target × elapsed share of the task's time); blue inside the
 * warning window before the deadline; green otherwise. A finished task is green.
 * <p>
 * The one place this rule lives: the aggregate records each change of light as an event, and the read side judges
 * the light of any day with the same rule.
 */
public final class LightRules {

    /** The warning window before a deadline, in days (docs/API.md: 3 by default). */
    public static final int WARNING_DAYS = 3;

    private LightRules() {
    }

    public static Light light(TaskStatus status, LocalDate issuedOn, LocalDate dueDate, LocalDate today, int warningDays,
                       List<TaskTarget> targets, Map<String, BigDecimal> reported) {
        if (status.isFinished()) {
            return Light.GREEN;
        }
        if (today.isAfter(dueDate)) {
            return Light.RED;
        }
        if (status == TaskStatus.RECTIFYING || behindSchedule(issuedOn, dueDate, today, targets, reported)) {
            return Light.YELLOW;
        }
        return ChronoUnit.DAYS.between(today, dueDate) <= warningDays ? Light.BLUE : Light.GREEN;
    }

    public static boolean behindSchedule(LocalDate issuedOn, LocalDate dueDate, LocalDate today, List<TaskTarget> targets,
                                  Map<String, BigDecimal> reported) {
        long total = Math.max(1, ChronoUnit.DAYS.between(issuedOn, dueDate));
        long elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(issuedOn, today)));
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
        return targets.stream()
                .filter(t -> t.kind() != IndicatorKind.MILESTONE && t.comparator() == Bound.AT_LEAST)
                .anyMatch(t -> reported.getOrDefault(t.indicator(), BigDecimal.ZERO)
                        .compareTo(t.target().multiply(share)) < 0);
    }
}
