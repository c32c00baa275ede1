package cn.duban.ui.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a lifecycle writes to PostgreSQL: WAL bytes (from the WAL position, exact), WAL records and rows inserted,
 * updated or deleted per table (from the cumulative statistics, read after the backends have flushed them).
 */
final class Writes {

    /** PostgreSQL flushes an idle backend's pending statistics within 10 s. */
    private static final long STATISTICS_SETTLE_MILLIS = 11_000;

    private Writes() {
    }

    static String measure(JdbcTemplate jdbc, Lifecycle lifecycle, int lifecycles) throws Exception {
        settle();
        String lsn = jdbc.queryForObject("SELECT pg_current_wal_lsn()::text", String.class);
        long records = walRecords(jdbc);
        Map<String, Long> rows = rows(jdbc);
        Lifecycle.Recorder untimed = new Lifecycle.Recorder() {
            @Override
            public <T> T time(String action, Lifecycle.Action<T> work) throws Exception {
                return work.call();
            }
        };
        for (int i = 0; i < lifecycles; i++) {
            lifecycle.run(i, untimed);
        }
        settle();
        long bytes = jdbc.queryForObject("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint",
                Long.class, lsn);
        long recordsAfter = walRecords(jdbc);
        Map<String, Long> rowsAfter = rows(jdbc);
        Map<String, Long> perTable = new HashMap<>();
        rowsAfter.forEach((table, count) -> {
            long written = count - rows.getOrDefault(table, 0L);
            if (written > 0) {
                perTable.put(table, written);
            }
        });
        long total = perTable.values().stream().mapToLong(Long::longValue).sum();
        String tables = perTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10).map(e -> "%s %.1f".formatted(e.getKey(), e.getValue() / (double) lifecycles))
                .collect(Collectors.joining(", "));
        return "WAL %.1f KiB and %.0f records, %.1f rows written (%s)".formatted(bytes / 1024.0 / lifecycles,
                (recordsAfter - records) / (double) lifecycles, total / (double) lifecycles, tables);
    }

    /** Cluster-wide: a quiet machine is assumed. */
    private static long walRecords(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT wal_records FROM pg_stat_wal", Long.class);
    }

    private static Map<String, Long> rows(JdbcTemplate jdbc) {
        Map<String, Long> rows = new HashMap<>();
        jdbc.query("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables",
                rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                });
        return rows;
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(STATISTICS_SETTLE_MILLIS);
    }
}
