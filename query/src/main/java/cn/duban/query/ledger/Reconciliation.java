package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares, per projection, the events in the store that it handles and that its committed tokens have passed with
 * the events its ledger says it handled. Positions a token still awaits as gaps are not due yet (their transaction
 * may be in flight); anything else absent was skipped for good, for instance a gap given up after the gap timeout
 * (PITFALLS.md). A segment's token moves only when that segment handles an event, so a skipped event shows once the
 * segment owning it has handled a later one.
 */
@Component
public class Reconciliation {

    static final int FIRST_FEW = 10;

    private final JdbcTemplate jdbc;
    private final StoredTokens tokens;
    private final HandledTypes types;

    Reconciliation(JdbcTemplate jdbc, StoredTokens tokens, HandledTypes types) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.types = types;
    }

    public ReconciliationReport check(Projection projection) {
        String group = projection.processingGroup();
        // the tokens first: every ledger row up to them committed with them, so the query after sees it
        SegmentTokens committed = tokens.of(group);
        List<String> handled = types.of(projection);
        long upTo = committed.highest();
        if (upTo < 0 || handled.isEmpty()) {
            return new ReconciliationReport(group, upTo, 0, List.of());
        }
        List<StoredEvent> absent = events(handled, -1, upTo, "AND NOT EXISTS (SELECT 1 FROM projection_ledger l "
                + "WHERE l.processing_group = ? AND l.global_index = e.global_index)", group);
        if (tokens.of(group).highest() < upTo) {
            // reset meanwhile: the ledger was cleared for a replay, so these tokens say nothing about it any more
            return new ReconciliationReport(group, -1, 0, List.of());
        }
        List<Long> missing = absent.stream().filter(event -> committed.passed(event.aggregateId(), event.position()))
                .map(StoredEvent::position).toList();
        return new ReconciliationReport(group, upTo, missing.size(),
                List.copyOf(missing.subList(0, Math.min(FIRST_FEW, missing.size()))));
    }

    /** How many events of these types, up to that position, the processor has not reached yet. */
    public long behind(String processingGroup, List<String> handledTypes, long upTo) {
        if (handledTypes.isEmpty() || upTo < 0) {
            return 0;
        }
        SegmentTokens committed = tokens.of(processingGroup);
        return events(handledTypes, -1, upTo, "").stream()
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

    private List<StoredEvent> events(List<String> handledTypes, long after, long upTo, String condition,
                                     Object... conditionArgs) {
        List<Object> args = args(handledTypes, after, upTo);
        args.addAll(List.of(conditionArgs));
        return jdbc.query("SELECT e.global_index, e.aggregate_identifier FROM domain_event_entry e WHERE "
                        + ofTypesBetween(handledTypes) + " " + condition + " ORDER BY e.global_index",
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2)), args.toArray());
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
