package cn.duban.workflows;

import cn.duban.api.LightRules;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * When the deadline timers fire, as ISO-8601 instants with the office's offset: the warning window opens at the
 * start of the day {@link LightRules#WARNING_DAYS} days before the due date; a task is overdue from the start of the
 * day after it.
 */
@Component
class Deadlines {

    private final Clock clock;

    Deadlines(Clock clock) {
        this.clock = clock;
    }

    /** The variables the deadline watch is timed by, {@code warningAt} and {@code overdueAt}, for a task due then. */
    Map<String, Object> variables(LocalDate due) {
        return Map.of(ProcessVariables.WARNING_AT, warningAt(due), ProcessVariables.OVERDUE_AT, overdueAt(due));
    }

    private String warningAt(LocalDate dueDate) {
        return startOf(dueDate.minusDays(LightRules.WARNING_DAYS));
    }

    private String overdueAt(LocalDate dueDate) {
        return startOf(dueDate.plusDays(1));
    }

    private String startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
