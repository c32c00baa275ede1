package cn.duban.query.ledger;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the reconciliation check keeps between calls, per projection: the position it has checked up to and the
 * positions it found missing from the ledger (V34). Writes are plain SQL that H2 and PostgreSQL both take.
 */
@Component
class ReconciliationCheckpoints {

    /** A hole whose event has not come within a day never will: the transaction that held it is long gone. */
    private static final Duration HOLE_HORIZON = Duration.ofDays(1);

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
        jdbc.update("DELETE FROM reconciliation_hole WHERE processing_group = ?", group);
        jdbc.update("DELETE FROM reconciliation_checkpoint WHERE processing_group = ?", group);
    }

    /** Forgets the missing positions that the ledger holds by now (restored by a rebuild, for instance). */
    void forgetFoundAgain(String group) {
        jdbc.update("DELETE FROM reconciliation_missing WHERE processing_group = ? AND EXISTS (SELECT 1 FROM"
                + " projection_ledger l WHERE l.processing_group = reconciliation_missing.processing_group"
                + " AND l.global_index = reconciliation_missing.global_index)", group);
    }

    /**
     * Keeps what a check found. Another node may check at the same moment: rows already there are left as they are,
     * and the checkpoint only moves forward.
     */
    void record(String group, List<Long> missing, List<Long> holes, long checkedUpTo) {
        for (long position : missing) {
            insertAbsent("reconciliation_missing", "(processing_group, global_index) SELECT CAST(? AS VARCHAR(255)),"
                    + " CAST(? AS BIGINT)", group, position, new Object[]{group, position});
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (long position : holes) {
            insertAbsent("reconciliation_hole", "(processing_group, global_index, seen_at) SELECT"
                    + " CAST(? AS VARCHAR(255)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP)", group, position,
                    new Object[]{group, position, now});
        }
        jdbc.update("DELETE FROM reconciliation_hole WHERE processing_group = ? AND seen_at < ?", group,
                Timestamp.from(Instant.now().minus(HOLE_HORIZON)));
        if (jdbc.update("UPDATE reconciliation_checkpoint SET checked_up_to = ? WHERE processing_group = ?"
                + " AND checked_up_to < ?", checkedUpTo, group, checkedUpTo) == 0 && checkedUpTo(group) == 0) {
            try {
                jdbc.update("INSERT INTO reconciliation_checkpoint (processing_group, checked_up_to) VALUES (?, ?)",
                        group, checkedUpTo);
            } catch (DuplicateKeyException e) {
                // another node made the row meanwhile: its checkpoint stands, the next check moves it on
            }
        }
    }

    /** Holes whose events have come and been compared. */
    void holesDecided(String group, List<Long> positions) {
        for (long position : positions) {
            jdbc.update("DELETE FROM reconciliation_hole WHERE processing_group = ? AND global_index = ?", group,
                    position);
        }
    }

    private void insertAbsent(String table, String insert, String group, long position, Object[] values) {
        try {
            Object[] args = new Object[values.length + 2];
            System.arraycopy(values, 0, args, 0, values.length);
            args[values.length] = group;
            args[values.length + 1] = position;
            jdbc.update("INSERT INTO " + table + " " + insert + " WHERE NOT EXISTS (SELECT 1 FROM " + table
                    + " WHERE processing_group = ? AND global_index = ?)", args);
        } catch (DuplicateKeyException e) {
            // another node recorded it at the same moment
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
