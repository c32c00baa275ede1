package cn.duban.query.ledger;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joins each projection's processing group only to clear that group's ledger, dead letters and reconciliation
 * checkpoints when its tokens are reset (by the rebuild or anyone else), in the same transaction as the projection's
 * own reset handler: after a replay the ledger holds exactly what was replayed, every dead letter has been tried
 * again, and the reconciliation compares the new ledger from the start.
 */
class LedgerReset {

    private final String processingGroup;
    private final JdbcTemplate jdbc;
    private final DeadLetters letters;
    private final ReconciliationCheckpoints checkpoints;

    LedgerReset(String processingGroup, JdbcTemplate jdbc, DeadLetters letters,
                ReconciliationCheckpoints checkpoints) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
        this.letters = letters;
        this.checkpoints = checkpoints;
    }

    boolean belongsTo(String group) {
        return processingGroup.equals(group);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ?", processingGroup);
        letters.clear(processingGroup);
        // what the reconciliation knew of the old ledger says nothing of the new one, whoever reset the tokens
        checkpoints.reset(processingGroup);
    }
}
