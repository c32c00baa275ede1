package cn.duban.ui.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the projections wait for a hole in the global index to fill (docs/PITFALLS.md: sequences are not
 * transactional, so an event can commit after later ones). A hole is given up only when the events after it are
 * older than {@code gapTimeout}: it must exceed the longest command or job transaction plus the clock skew between
 * nodes. Axon's default (one minute) is shorter than Camunda's job lock time (five minutes).
 *
 * @param gapTimeout   how long a hole is awaited, measured on the events' timestamps (set in application.yml,
 *                     where the tests read it too)
 * @param maxGapOffset how far behind the newest position a hole is still awaited; large, so that time and not a
 *                     burst of writes decides when a hole is given up
 */
@ConfigurationProperties("duban.event-store")
record EventStoreProperties(Duration gapTimeout, @DefaultValue("1000000") int maxGapOffset) {
}
