package cn.duban.query.ledger;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joins each projection's processing group only to clear that group's ledger when its tokens are reset, in the same
 * transaction as the projection's own reset handler: after a replay the ledger holds exactly what was replayed.
 */
class LedgerReset {

    private final String processingGroup;
    private final JdbcTemplate jdbc;

    LedgerReset(String processingGroup, JdbcTemplate jdbc) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
    }

    boolean belongsTo(String group) {
        return processingGroup.equals(group);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ?", processingGroup);
    }
}
