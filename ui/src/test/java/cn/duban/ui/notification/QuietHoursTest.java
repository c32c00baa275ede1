package cn.duban.ui.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = QuietHours.parse("22:00-07:00", SHANGHAI);

    @Test
    void a_message_due_in_the_evening_waits_for_seven_next_morning() {
        assertThat(NIGHT.release(Instant.parse("2026-04-01T15:30:00Z"))).as("23:30 in Shanghai")
                .isEqualTo(Instant.parse("2026-04-01T23:00:00Z"));
    }

    @Test
    void a_message_due_after_midnight_waits_for_seven_the_same_morning() {
        assertThat(NIGHT.release(Instant.parse("2026-04-01T18:00:00Z"))).as("02:00 in Shanghai")
                .isEqualTo(Instant.parse("2026-04-01T23:00:00Z"));
    }

    @Test
    void a_message_due_in_the_day_goes_at_once_and_the_ends_are_exact() {
        assertThat(NIGHT.release(Instant.parse("2026-04-01T02:00:00Z"))).isEqualTo("2026-04-01T02:00:00Z");
        assertThat(NIGHT.release(Instant.parse("2026-04-01T23:00:00Z"))).as("07:00 is no longer quiet")
                .isEqualTo("2026-04-01T23:00:00Z");
        assertThat(NIGHT.release(Instant.parse("2026-04-01T14:00:00Z"))).as("22:00 is quiet")
                .isEqualTo("2026-04-01T23:00:00Z");
        assertThat(NIGHT.release(Instant.parse("2026-04-01T13:59:59Z"))).isEqualTo("2026-04-01T13:59:59Z");
    }

    @Test
    void quiet_hours_within_one_day_hold_messages_until_they_end() {
        QuietHours lunch = QuietHours.parse("12:00-14:00", SHANGHAI);
        assertThat(lunch.release(Instant.parse("2026-04-01T04:30:00Z"))).isEqualTo("2026-04-01T06:00:00Z");
        assertThat(lunch.release(Instant.parse("2026-04-01T06:00:00Z"))).isEqualTo("2026-04-01T06:00:00Z");
        assertThat(lunch.release(Instant.parse("2026-04-01T15:00:00Z"))).isEqualTo("2026-04-01T15:00:00Z");
    }

    @Test
    void no_quiet_hours_hold_nothing() {
        assertThat(QuietHours.parse("", SHANGHAI).release(Instant.parse("2026-04-01T15:30:00Z")))
                .isEqualTo("2026-04-01T15:30:00Z");
    }

    @Test
    void quiet_hours_that_are_no_times_stop_the_start() {
        assertThatThrownBy(() -> QuietHours.parse("22-7", SHANGHAI)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HH:mm-HH:mm");
        assertThatThrownBy(() -> QuietHours.parse("22:00", SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }
}
