package cn.duban.query.ledger;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joins each projection's processing group only to clear that group's ledger and dead letters when its tokens are
 * reset, in the same transaction as the projection's own reset handler: after a replay the ledger holds exactly what
 * was replayed, and every dead letter has been tried again.
 */
class LedgerReset {

    private final String processingGroup;
    private final JdbcTemplate jdbc;
    private final DeadLetters letters;

    LedgerReset(String processingGroup, JdbcTemplate jdbc, DeadLetters letters) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
        this.letters = letters;
    }

    boolean belongsTo(String group) {
        return processingGroup.equals(group);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ?", processingGroup);
        letters.clear(processingGroup);
    }
}
