package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether every projection has applied every event up to a position, from the tokens the projections committed
 * (the truth on every node, whichever node holds a segment). Answered incrementally: a watermark below which all is
 * known applied, moved on by checking only the events after it, each against the segment that owns it in every
 * projection that handles its type. Events stored after the watermark passed by a transaction that was still open
 * are not looked at again: no caller can have been told of them before. The watermark starts at the newest event when
 * the node starts, so that no read ever scans the whole store: what was stored before counts as applied.
 */
@Component
public class ReadSideProgress {

    private static final long POLL_MILLIS = 10;

    private final JdbcTemplate jdbc;
    private final StoredTokens tokens;
    private final HandledTypes types;
    private final List<Projection> projections;
    private final AtomicLong applied = new AtomicLong();

    ReadSideProgress(JdbcTemplate jdbc, StoredTokens tokens, HandledTypes types, List<Projection> projections) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.types = types;
        this.projections = projections;
        this.applied.set(head());
    }

    /** The position of the newest event stored, 0 in an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Waits at most that long until every projection has applied the events up to that position; answers whether. */
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

    private boolean applied(long position) {
        long from = applied.get();
        if (position <= from) {
            return true;
        }
        Map<Projection, SegmentTokens> committed = new LinkedHashMap<>();
        projections.forEach(projection -> committed.put(projection, tokens.of(projection.processingGroup())));
        long reached = position;
        for (StoredEvent event : jdbc.query("SELECT global_index, aggregate_identifier, payload_type"
                        + " FROM domain_event_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index",
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)), from, position)) {
            if (!appliedEverywhere(event, committed)) {
                reached = event.position() - 1;
                break;
            }
        }
        long watermark = reached;
        applied.accumulateAndGet(watermark, Math::max);
        return watermark >= position;
    }

    private boolean appliedEverywhere(StoredEvent event, Map<Projection, SegmentTokens> committed) {
        return committed.entrySet().stream().allMatch(entry -> !types.handles(entry.getKey(), event.type())
                || entry.getValue().passed(event.aggregateId(), event.position()));
    }

    private record StoredEvent(long position, String aggregateId, String type) {
    }
}
