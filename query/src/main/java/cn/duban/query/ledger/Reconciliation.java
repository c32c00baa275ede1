package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares, per projection, the events in the store that it handles and that its committed tokens have passed with the
 * events its ledger says it handled. Positions a token still awaits as gaps are not due yet (their transaction may be
 * in flight); anything else absent was skipped for good, for instance a gap given up after the gap timeout
 * (docs/PITFALLS.md). A segment's token moves only when that segment handles an event, so a skipped event shows once
 * the segment owning it has handled a later one.
 * <p>
 * The check is incremental: it resumes where it last got to ({@link ReconciliationCheckpoints}) and compares only
 * the events stored since, at most {@link #BATCH} a call, so a health call costs what was written since the last
 * one, not what the store holds. A position it found empty (a transaction still open, or rolled back) is kept as a
 * hole and compared once its event has come, however late; holes are forgotten after a day. What it found missing
 * stays reported until the ledger holds it; a replay of the projection (tokens behind the checkpoint) starts it over.
 */
@Component
public class Reconciliation {

    static final int FIRST_FEW = 10;
    /** Events compared in one call at most: the first check of a large store spreads over several calls. */
    static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final StoredTokens tokens;
    private final HandledTypes types;
    private final ReconciliationCheckpoints checkpoints;
    private final Map<String, Object> running = new ConcurrentHashMap<>();

    Reconciliation(JdbcTemplate jdbc, StoredTokens tokens, HandledTypes types, ReconciliationCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.types = types;
        this.checkpoints = checkpoints;
    }

    /** Checks the events stored since the last check, and reports everything found missing so far. */
    public ReconciliationReport check(Projection projection) {
        String group = projection.processingGroup();
        synchronized (running.computeIfAbsent(group, name -> new Object())) {
            // no transaction around it: each write stands alone and may meet another node's (the checkpoints' rule)
            return advance(projection, group);
        }
    }

    private ReconciliationReport advance(Projection projection, String group) {
        // the tokens first: every ledger row up to them committed with them, so the query after sees it
        SegmentTokens committed = tokens.of(group);
        long upTo = committed.highest();
        long from = checkpoints.checkedUpTo(group);
        if (upTo < from) {
            // replayed (LedgerReset forgets the checkpoint then; this guards a reset seen before that committed)
            checkpoints.reset(group);
            from = 0;
        }
        List<Compared> events = jdbc.query("SELECT e.global_index, e.aggregate_identifier, e.payload_type,"
                        + " EXISTS (SELECT 1 FROM projection_ledger l WHERE l.processing_group = ?"
                        + " AND l.global_index = e.global_index) FROM domain_event_entry e"
                        + " WHERE e.global_index > ? AND e.global_index <= ? ORDER BY e.global_index"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY", COMPARED, group, from, upTo);
        if (tokens.of(group).highest() < upTo) {
            // reset meanwhile: the rows read may predate the clearing of the ledger; the next check starts over
            return report(group, from);
        }
        long reached = events.size() < BATCH ? upTo : from;
        List<Long> missing = new ArrayList<>(comparedAgain(projection, group, committed));
        List<Long> empty = new ArrayList<>();
        long expected = from + 1;
        for (Compared event : events) {
            if (types.handles(projection, event.type())) {
                if (!committed.passed(event.aggregateId(), event.position())) {
                    reached = event.position() - 1; // its segment has not got there yet: not due
                    break;
                }
                if (!event.inLedger()) {
                    missing.add(event.position());
                }
            }
            for (long hole = expected; hole < event.position(); hole++) {
                empty.add(hole);
            }
            expected = event.position() + 1;
            reached = Math.max(reached, event.position());
        }
        for (long hole = expected; hole <= reached; hole++) {
            empty.add(hole);
        }
        checkpoints.forgetFoundAgain(group);
        checkpoints.record(group, missing, empty, Math.max(reached, from));
        return report(group, Math.max(reached, from));
    }

    /**
     * The holes passed before whose events have come since (a transaction committed late, perhaps after the gap
     * timeout): compared now, and no longer holes once decided. Answers those missing from the ledger.
     */
    private List<Long> comparedAgain(Projection projection, String group, SegmentTokens committed) {
        List<Long> missing = new ArrayList<>();
        List<Long> decided = new ArrayList<>();
        for (Compared event : jdbc.query("SELECT e.global_index, e.aggregate_identifier, e.payload_type,"
                        + " EXISTS (SELECT 1 FROM projection_ledger l WHERE l.processing_group = h.processing_group"
                        + " AND l.global_index = e.global_index) FROM reconciliation_hole h"
                        + " JOIN domain_event_entry e ON e.global_index = h.global_index WHERE h.processing_group = ?",
                COMPARED, group)) {
            if (!types.handles(projection, event.type())) {
                decided.add(event.position());
            } else if (committed.passed(event.aggregateId(), event.position())) {
                decided.add(event.position());
                if (!event.inLedger()) {
                    missing.add(event.position());
                }
            }
        }
        checkpoints.holesDecided(group, decided);
        return missing;
    }

    private ReconciliationReport report(String group, long checkedUpTo) {
        return new ReconciliationReport(group, checkedUpTo, checkpoints.missing(group),
                checkpoints.firstMissing(group, FIRST_FEW));
    }

    private record Compared(long position, String aggregateId, String type, boolean inLedger) {
    }

    /** Reads {@code SELECT global_index, aggregate_identifier, payload_type, EXISTS (… in the ledger)}. */
    private static final RowMapper<Compared> COMPARED = (rs, row) -> new Compared(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getBoolean(4));

    /** How many events of these types, up to that position, the processor has not reached yet. */
    public long behind(String processingGroup, List<String> handledTypes, long upTo) {
        if (handledTypes.isEmpty() || upTo < 0) {
            return 0;
        }
        SegmentTokens committed = tokens.of(processingGroup);
        return events(handledTypes, upTo).stream()
                .filter(event -> !committed.passed(event.aggregateId(), event.position())).count();
    }

    /** How many events of these types the store holds after one position and up to another. */
    public long count(List<String> handledTypes, long after, long upTo) {
        if (handledTypes.isEmpty() || upTo <= after) {
            return 0;
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry e WHERE " + ofTypesBetween(handledTypes),
                Long.class, args(handledTypes, after, upTo).toArray());
    }

    private record StoredEvent(long position, String aggregateId) {
    }

    /** The events of these types from the start of the store up to that position. */
    private List<StoredEvent> events(List<String> handledTypes, long upTo) {
        return jdbc.query("SELECT e.global_index, e.aggregate_identifier FROM domain_event_entry e WHERE "
                        + ofTypesBetween(handledTypes) + " ORDER BY e.global_index",
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2)), args(handledTypes, -1, upTo).toArray());
    }

    private static String ofTypesBetween(List<String> handledTypes) {
        return "e.payload_type IN (" + String.join(", ", Collections.nCopies(handledTypes.size(), "?"))
                + ") AND e.global_index > ? AND e.global_index <= ?";
    }

    private static List<Object> args(List<String> handledTypes, long after, long upTo) {
        List<Object> args = new ArrayList<>(handledTypes);
        args.add(after);
        args.add(upTo);
        return args;
    }
}
