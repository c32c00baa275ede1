package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Whether every projection has applied every event up to a position, from the tokens the projections committed
 * (the truth on every node, whichever node holds a segment). Answered incrementally: a watermark below which every
 * stored event is known applied, moved on by checking only the events after it, each against the segment that owns
 * it in every projection that handles its type, at most {@link #BATCH} a call. A position found empty on the way (a
 * transaction still open, or rolled back) is kept as a hole and looked at again by every later question about a
 * position above it, until its event has been applied or the gap timeout has passed (Axon gives such a hole up then
 * too). The watermark starts at the beginning of the store: a node that has just started answers after it has
 * checked the store once, not by assuming.
 */
@Component
public class ReadSideProgress {

    static final int BATCH = 20_000;
    private static final long POLL_MILLIS = 10;
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final StoredTokens tokens;
    private final HandledTypes types;
    private final List<Projection> projections;
    private final Duration gapTimeout;
    private final Clock clock = Clock.systemUTC();
    /** Guarded by this: every stored event up to it is applied, the holes excepted. */
    private long applied;
    /** Guarded by this: positions found empty, and when. */
    private final NavigableMap<Long, Instant> holes = new TreeMap<>();

    ReadSideProgress(JdbcTemplate jdbc, StoredTokens tokens, HandledTypes types, List<Projection> projections,
                     @Value("${duban.event-store.gap-timeout:PT10M}") Duration gapTimeout) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.types = types;
        this.projections = projections;
        this.gapTimeout = gapTimeout;
    }

    /** The position of the newest event stored, 0 in an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * Waits at most that long until every projection has applied the events up to that position (one the store
     * holds: a later one is never applied); answers whether.
     */
    public boolean await(long position, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!applied(position)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    synchronized boolean applied(long position) {
        Instant givenUp = clock.instant().minus(gapTimeout);
        holes.values().removeIf(seen -> seen.isBefore(givenUp));
        if (position <= applied && holes.headMap(position, true).isEmpty()) {
            return true; // the common answer, from memory: no query at all
        }
        Map<Projection, SegmentTokens> committed = committed();
        if (!holesApplied(position, committed)) {
            return false;
        }
        if (position <= applied) {
            return true;
        }
        List<StoredEvent> events = jdbc.query("SELECT global_index, aggregate_identifier, payload_type"
                        + " FROM domain_event_entry WHERE global_index > ? AND global_index <= ?"
                        + " ORDER BY global_index FETCH FIRST " + BATCH + " ROWS ONLY",
                STORED_EVENT, applied, position);
        Instant now = clock.instant();
        long expected = applied + 1;
        for (StoredEvent event : events) {
            for (long empty = expected; empty < event.position(); empty++) {
                holes.put(empty, now);
            }
            if (!appliedEverywhere(event, committed)) {
                applied = event.position() - 1;
                return false;
            }
            applied = event.position();
            expected = event.position() + 1;
        }
        // more to check when the batch was full; and a position the store does not hold is not applied
        return events.size() < BATCH && applied >= position;
    }

    /** The holes up to that position, dropped once their event is applied. */
    private boolean holesApplied(long position, Map<Projection, SegmentTokens> committed) {
        List<Long> due = new ArrayList<>(holes.headMap(position, true).keySet());
        for (int from = 0; from < due.size(); from += CHUNK) {
            List<Long> chunk = due.subList(from, Math.min(due.size(), from + CHUNK));
            List<StoredEvent> arrived = jdbc.query("SELECT global_index, aggregate_identifier, payload_type"
                            + " FROM domain_event_entry WHERE global_index IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    STORED_EVENT, chunk.toArray());
            for (StoredEvent event : arrived) {
                if (!appliedEverywhere(event, committed)) {
                    return false;
                }
                holes.remove(event.position());
            }
        }
        return true;
    }

    private Map<Projection, SegmentTokens> committed() {
        Map<Projection, SegmentTokens> committed = new LinkedHashMap<>();
        projections.forEach(projection -> committed.put(projection, tokens.of(projection.processingGroup())));
        return committed;
    }

    private boolean appliedEverywhere(StoredEvent event, Map<Projection, SegmentTokens> committed) {
        return committed.entrySet().stream().allMatch(entry -> !types.handles(entry.getKey(), event.type())
                || entry.getValue().passed(event.aggregateId(), event.position()));
    }

    private record StoredEvent(long position, String aggregateId, String type) {
    }

    /** Reads {@code SELECT global_index, aggregate_identifier, payload_type}. */
    private static final RowMapper<StoredEvent> STORED_EVENT = (rs, row) -> new StoredEvent(rs.getLong(1),
            rs.getString(2), rs.getString(3));
}
