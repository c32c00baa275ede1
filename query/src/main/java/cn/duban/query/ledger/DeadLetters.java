package cn.duban.query.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The projections' dead letters ({@code projection_dead_letter}). Written by {@link LedgerInterceptor} in the
 * projection's own transaction, read by the health check and the auditors, cleared by a replay ({@link LedgerReset}).
 *
 * <p>Why not Axon's dead-letter queue: on PostgreSQL a failed statement aborts the whole transaction, and Axon's
 * queue enqueues in that same transaction, so the letter could never be written and the batch would still be
 * retried for ever. Duban applies an event that failed once inside a savepoint, which Axon's invoker does not offer,
 * and parks the aggregate's later events as Axon's sequenced queue would.
 */
@Component
public class DeadLetters {

    static final int MAX_CAUSE = 1024;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String processingGroup, long position, String aggregate, String type, Throwable cause) {
        String text = cause == null ? null : (cause.getClass().getSimpleName() + ": " + cause.getMessage());
        jdbc.update("INSERT INTO projection_dead_letter (processing_group, global_index, aggregate_identifier, "
                        + "payload_type, cause, dead_lettered_at) VALUES (?, ?, ?, ?, ?, ?)", processingGroup, position,
                aggregate, type, text == null ? null : text.substring(0, Math.min(MAX_CAUSE, text.length())),
                clock.instant().toString());
    }

    /** A projection's letters, oldest first. */
    public List<DeadLetter> of(String processingGroup) {
        return jdbc.query(SELECT + " WHERE processing_group = ? ORDER BY global_index", DeadLetters::letter,
                processingGroup);
    }

    /** Every projection's letters, by projection and position; the first {@code limit}. */
    public List<DeadLetter> all(int limit) {
        return jdbc.query(SELECT + " ORDER BY processing_group, global_index FETCH FIRST " + limit + " ROWS ONLY",
                DeadLetters::letter);
    }

    private static final String SELECT = "SELECT processing_group, global_index, aggregate_identifier, payload_type, "
            + "cause, dead_lettered_at FROM projection_dead_letter";

    private static DeadLetter letter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DeadLetter(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    void clear(String processingGroup) {
        jdbc.update("DELETE FROM projection_dead_letter WHERE processing_group = ?", processingGroup);
    }
}
