package cn.duban.ui.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

/**
 * A clock tests set and move explicitly, instead of sleeping. Camunda's clock (JVM-global {@link ClockUtil}) moves
 * with it, so the process's timers and the events' timestamps agree. Axon's event clock is JVM-global too, and an
 * application another test starts in this JVM (RestartIT, ProductionProfileIT) points it at that application's
 * clock: each {@link #set} points it back here.
 */
public class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
        GenericEventMessage.clock = this;
    }

    public Instant advance(Duration duration) {
        set(now.plus(duration));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
