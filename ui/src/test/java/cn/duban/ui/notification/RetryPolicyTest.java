package cn.duban.ui.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_cap() {
        assertThat(POLICY.next(1, NOW)).contains(NOW.plusSeconds(60));
        assertThat(POLICY.next(2, NOW)).contains(NOW.plusSeconds(120));
        assertThat(POLICY.next(3, NOW)).contains(NOW.plusSeconds(240));
        assertThat(POLICY.next(4, NOW)).as("8 minutes, capped at 5").contains(NOW.plusSeconds(300));
        assertThat(POLICY.next(5, NOW)).contains(NOW.plusSeconds(300));
    }

    @Test
    void after_the_last_attempt_allowed_there_is_no_next() {
        assertThat(POLICY.next(6, NOW)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(1)).next(1, NOW)).isEmpty();
    }

    @Test
    void a_huge_number_of_failures_does_not_overflow_the_wait() {
        assertThat(new RetryPolicy(Integer.MAX_VALUE, Duration.ofMinutes(1), Duration.ofHours(1))
                .next(10_000, NOW)).contains(NOW.plusSeconds(3600));
    }

    @Test
    void settings_that_allow_no_attempt_or_no_wait_stop_the_start() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
