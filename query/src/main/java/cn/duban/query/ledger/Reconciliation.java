package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares, per projection, the events in the store that it handles up to its committed token with the events its
 * ledger says it handled. Positions still inside a token's gaps are not yet due (their transaction may be in flight);
 * anything else missing was skipped for good, for instance a gap given up after the gap timeout (PITFALLS.md).
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
        // the tokens first: every ledger row up to them committed with them, so it is visible to the query after
        List<TrackingToken> committed = tokens.of(group);
        List<String> handled = types.of(projection);
        long upTo = lowest(committed);
        if (upTo < 0 || handled.isEmpty()) {
            return new ReconciliationReport(group, upTo, 0, List.of());
        }
        List<Object> args = new ArrayList<>(handled);
        args.add(upTo);
        args.add(group);
        List<Long> absent = jdbc.queryForList("SELECT e.global_index FROM domain_event_entry e WHERE e.payload_type IN ("
                + String.join(", ", Collections.nCopies(handled.size(), "?")) + ") AND e.global_index <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM projection_ledger l WHERE l.processing_group = ? "
                + "AND l.global_index = e.global_index) ORDER BY e.global_index", Long.class, args.toArray());
        if (tokens.lowestPosition(group) < upTo) {
            // reset meanwhile: the ledger was cleared for a replay, so these tokens say nothing about it any more
            return new ReconciliationReport(group, -1, 0, List.of());
        }
        List<Long> missing = missing(absent, committed);
        return new ReconciliationReport(group, upTo, missing.size(),
                List.copyOf(missing.subList(0, Math.min(FIRST_FEW, missing.size()))));
    }

    /** The absent positions that every segment's token has passed, rather than still awaiting as a gap. */
    static List<Long> missing(List<Long> absent, List<TrackingToken> committed) {
        return absent.stream()
                .filter(position -> committed.stream().allMatch(token -> passed(token, position))).toList();
    }

    /** The token is beyond that position and not still waiting for it as a gap. */
    static boolean passed(TrackingToken token, long position) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (current instanceof GapAwareTrackingToken gapAware) {
            return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    static long lowest(List<TrackingToken> committed) {
        return committed.isEmpty() ? -1 : committed.stream()
                .mapToLong(token -> token.position().orElse(-1)).min().orElse(-1);
    }
}
