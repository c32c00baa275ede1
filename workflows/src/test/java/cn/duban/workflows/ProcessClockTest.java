package cn.duban.workflows;

import org.axonframework.eventhandling.GenericEventMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The test clock keeps the engine's timers and the events' timestamps on one time. */
class ProcessClockTest {

    private static final Instant START = Instant.parse("2026-04-01T01:00:00Z");

    @AfterEach
    void reset() {
        ProcessClock.reset();
    }

    @Test
    void moving_the_clock_moves_camunda_and_axon_together() {
        ProcessClock clock = new ProcessClock(START);

        clock.set(START.plusSeconds(3600));

        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(START.plusSeconds(3600));
        assertThat(GenericEventMessage.asEventMessage("event").getTimestamp()).isEqualTo(START.plusSeconds(3600));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3600));
    }

    @Test
    void reset_gives_both_back_their_system_clocks() {
        new ProcessClock(START);

        ProcessClock.reset();

        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(GenericEventMessage.asEventMessage("event").getTimestamp())
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }
}
