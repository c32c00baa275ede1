package cn.duban.workflows;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * When the daily light review ({@link LightReview}) starts: the timer cycle of LightReviewProcess's start event. Its
 * own bean, needing only the clock, because the engine evaluates the cycle while it deploys, before its services
 * exist; public because the expression language invokes methods of public classes only.
 */
@Component("lightReviewSchedule")
public class LightReviewSchedule {

    /** The first plan year: the cycle counts days from it. Any past start of a day would do. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    private final ZoneId zone;

    LightReviewSchedule(Clock clock) {
        this.zone = clock.getZone();
    }

    /**
     * Every day at its start in the office's zone. The engine fires the first of those after now, and after each run
     * the first one after the time it ran: a pass missed while the server was down runs once, not once per missed day.
     */
    public String cycle() {
        return "R/" + FIRST_DAY.atStartOfDay(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "/P1D";
    }
}
