package cn.duban.audit;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Figures of the verifiable history on PostgreSQL (not part of the test suite): chaining a stored history (what
 * migration 31 does), verifying the whole store and one stream, and the write path's cost per transaction. Run from
 * the project's root (see README, Verifiable history):
 * <pre>./mvnw -q -pl audit test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=cn.duban.audit.ChainBenchmark -Dexec.args=500000</pre>
 * The argument is the number of events (default 500,000: 50,000 tasks of 10 events, about 450 bytes each).
 */
public final class ChainBenchmark {

    private ChainBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        String database = ScratchStore.withSchema(ScratchStore.name("duban_chain_bench"));
        try (Connection connection = ScratchStore.connect(database)) {
            long started = System.nanoTime();
            try (Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                        + "type, time_stamp, payload_type, payload_revision, payload, meta_data) SELECT 'e-' || n, "
                        + "'task-' || (n / 10), n % 10, 'SupervisionTask', '2018-03-01T08:00:00Z', "
                        + "'cn.duban.api.ProgressReported', '1', convert_to('{\"taskId\":\"task-' || (n / 10) || '\","
                        + "\"figures\":{\"love_stations\":' || (n % 10) || ',\"station_measures\":1},\"narrative\":"
                        + "\"新建职工爱心驿站，配齐饮水、休息、应急药品等设施，完善管理制度，做到有场地、有设施、有制度、有人"
                        + "管理\",\"evidence\":[]}', 'UTF8'), convert_to('{\"username\":\"jieshou\",\"organization\":"
                        + "\"jieshou\",\"roles\":[\"UNIT\"],\"traceId\":\"' || md5(n::text) || '\",\"correlationId\":"
                        + "\"' || md5(n::text) || '\"}', 'UTF8') FROM generate_series(0, " + (events - 1) + ") n");
                sql.execute("ANALYZE");
            }
            report("stored", events, started);

            connection.setAutoCommit(false);
            started = System.nanoTime();
            long chained = new ChainWriter(HashAlgorithm.SHA_256).appendUnchained(connection);
            connection.commit();
            connection.setAutoCommit(true);
            report("chained (migration 31, SHA-256)", chained, started);

            KeyPair keys = SignatureAlgorithm.ED25519.generate();
            Checkpoint checkpoint = CheckpointStore.signHead(connection, SignatureAlgorithm.ED25519,
                    keys.getPrivate(), Pem.keyId(keys.getPublic()), Instant.now()).orElseThrow().checkpoint();
            Verifier verifier = new Verifier(List.of(checkpoint), keys.getPublic());
            for (int round = 1; round <= 3; round++) {
                Verification whole = verifier.verifyStore(connection);
                System.out.println("verify store, round " + round + ": " + whole.figures());
            }
            Verification one = verifier.verifyStream(connection, "task-" + (events / 20));
            System.out.println("verify one task: " + one.figures());

            int transactions = 2_000;
            ChainWriter writer = new ChainWriter(HashAlgorithm.SHA_256);
            started = System.nanoTime();
            for (int i = 0; i < transactions; i++) {
                ScratchStore.append(connection, writer, "bench-" + i, 0, 3, Instant.now());
            }
            long nanos = System.nanoTime() - started;
            System.out.printf("write path: %d transactions of 3 events with their chain records in %d ms: %.0f "
                    + "transactions/s, %.2f ms each%n", transactions, nanos / 1_000_000,
                    transactions * 1e9 / nanos, nanos / 1e6 / transactions);
        }
    }

    private static void report(String what, long count, long started) {
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        System.out.printf("%s: %,d events in %,d ms (%,d events/s)%n", what, count, millis, count * 1000 / millis);
    }
}
