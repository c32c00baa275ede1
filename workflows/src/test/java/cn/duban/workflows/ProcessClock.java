package cn.duban.workflows;

import org.axonframework.eventhandling.GenericEventMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

/**
 * The one clock of a process test, in the office's time zone. Setting it moves Camunda's clock ({@link ClockUtil})
 * and Axon's ({@link GenericEventMessage#clock}) together, as the application does with its injected clock; both
 * are JVM-global, so {@link #reset()} must follow every test.
 */
final class ProcessClock extends Clock {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private Instant now;

    ProcessClock(Instant start) {
        set(start);
        GenericEventMessage.clock = this;
    }

    void set(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static void reset() {
        ClockUtil.reset();
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Override
    public ZoneId getZone() {
        return OFFICE_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the office's clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
