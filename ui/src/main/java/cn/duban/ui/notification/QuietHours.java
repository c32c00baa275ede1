package cn.duban.ui.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The hours in which nothing goes out (免打扰时段), in the office's zone; they may span midnight (22:00-07:00). A
 * message due inside them waits until they end.
 */
record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** {@code HH:mm-HH:mm}, or empty for none. */
    static QuietHours parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
        }
        String[] ends = text.strip().split("-");
        try {
            if (ends.length == 2) {
                return new QuietHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()), zone);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("duban.notifications.quiet-hours must be HH:mm-HH:mm, not " + text);
    }

    /** The instant itself outside quiet hours, else the end of the quiet hours it falls in. */
    Instant release(Instant due) {
        if (start.equals(end)) {
            return due;
        }
        ZonedDateTime local = due.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? day.atTime(end).atZone(zone).toInstant() : due;
        }
        if (!time.isBefore(start)) {
            return day.plusDays(1).atTime(end).atZone(zone).toInstant();
        }
        return time.isBefore(end) ? day.atTime(end).atZone(zone).toInstant() : due;
    }
}
