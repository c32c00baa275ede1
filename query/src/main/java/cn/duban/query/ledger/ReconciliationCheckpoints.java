package cn.duban.query.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the reconciliation check keeps between calls, per projection: the position it has checked up to and the
 * positions it found missing from the ledger (V34). Writes are plain SQL that H2 and PostgreSQL both take.
 */
@Component
class ReconciliationCheckpoints {

    private final JdbcTemplate jdbc;

    ReconciliationCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Checked up to there; 0 before the first check. */
    long checkedUpTo(String group) {
        List<Long> at = jdbc.queryForList("SELECT checked_up_to FROM reconciliation_checkpoint"
                + " WHERE processing_group = ?", Long.class, group);
        return at.isEmpty() ? 0 : at.get(0);
    }

    /** Starts over: the projection's ledger was cleared for a replay. */
    void reset(String group) {
        jdbc.update("DELETE FROM reconciliation_missing WHERE processing_group = ?", group);
        jdbc.update("DELETE FROM reconciliation_checkpoint WHERE processing_group = ?", group);
    }

    /** Forgets the missing positions that the ledger holds by now (restored by a rebuild, for instance). */
    void forgetFoundAgain(String group) {
        jdbc.update("DELETE FROM reconciliation_missing WHERE processing_group = ? AND EXISTS (SELECT 1 FROM"
                + " projection_ledger l WHERE l.processing_group = reconciliation_missing.processing_group"
                + " AND l.global_index = reconciliation_missing.global_index)", group);
    }

    void record(String group, List<Long> missing, long checkedUpTo) {
        for (long position : missing) {
            jdbc.update("INSERT INTO reconciliation_missing (processing_group, global_index) SELECT ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM reconciliation_missing WHERE processing_group = ?"
                    + " AND global_index = ?)", group, position, group, position);
        }
        if (jdbc.update("UPDATE reconciliation_checkpoint SET checked_up_to = ? WHERE processing_group = ?",
                checkedUpTo, group) == 0) {
            jdbc.update("INSERT INTO reconciliation_checkpoint (processing_group, checked_up_to) VALUES (?, ?)",
                    group, checkedUpTo);
        }
    }

    long missing(String group) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_missing WHERE processing_group = ?",
                Long.class, group);
    }

    List<Long> firstMissing(String group, int few) {
        return jdbc.queryForList("SELECT global_index FROM reconciliation_missing WHERE processing_group = ?"
                + " ORDER BY global_index FETCH FIRST " + few + " ROWS ONLY", Long.class, group);
    }
}
