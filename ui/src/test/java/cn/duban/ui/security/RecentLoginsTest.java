package cn.duban.ui.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RecentLoginsTest {

    /** Moved by hand; not MutableClock, which also moves the JVM-global clocks of Camunda and Axon. */
    private static final class HandClock extends Clock {

        private Instant now = Instant.parse("2018-03-01T08:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final RecentLogins recent = new RecentLogins(clock, Duration.ofHours(1), 2);

    @Test
    void a_login_is_due_once_an_hour_per_user_and_address() {
        assertThat(recent.due("chen.wei", "192.0.2.7")).isTrue();
        assertThat(recent.due("chen.wei", "192.0.2.7")).isFalse();
        assertThat(recent.due("chen.wei", "192.0.2.8")).as("another address").isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(recent.due("chen.wei", "192.0.2.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(recent.due("chen.wei", "192.0.2.7")).isTrue();
    }

    @Test
    void a_clock_set_back_starts_a_new_period() {
        assertThat(recent.due("chen.wei", "192.0.2.7")).isTrue();
        clock.set(Instant.parse("2018-03-01T07:00:00Z"));
        assertThat(recent.due("chen.wei", "192.0.2.7")).isTrue();
    }

    @Test
    void past_its_capacity_the_least_recently_seen_pair_is_forgotten() {
        recent.due("a", "192.0.2.1");
        recent.due("b", "192.0.2.1");
        recent.due("a", "192.0.2.1");
        recent.due("c", "192.0.2.1");
        assertThat(recent.due("a", "192.0.2.1")).as("kept: seen most recently").isFalse();
        assertThat(recent.due("b", "192.0.2.1")).as("forgotten: recorded again").isTrue();
    }
}
