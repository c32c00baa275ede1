package cn.duban.audit;

import cn.duban.audit.Fault.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering on a real PostgreSQL, as a database administrator could do it, each case on its own copy of one store:
 * three streams chained by the write path's own code, with two signed checkpoints. Every case is found and named;
 * the untouched store verifies clean.
 */
class TamperIT {

    private static final String TEMPLATE = ScratchStore.name("chain_template");
    private static final String CASE = ScratchStore.name("chain_case");
    private static final Instant T0 = Instant.parse("2018-03-01T08:00:00Z");
    private static final KeyPair KEYS = SignatureAlgorithm.ED25519.generate();
    private static final String KEY_ID = Pem.keyId(KEYS.getPublic());
    private static final ChainWriter WRITER = new ChainWriter(HashAlgorithm.SHA_256);

    /** The auditor's copies, kept outside the database. */
    private static Checkpoint first;
    private static Checkpoint second;

    @BeforeAll
    static void store() throws SQLException {
        ScratchStore.withSchema(TEMPLATE);
        try (Connection connection = ScratchStore.connect(TEMPLATE)) {
            ScratchStore.append(connection, WRITER, "task-a", 0, 4, T0);
            ScratchStore.append(connection, WRITER, "task-b", 0, 3, T0);
            first = sign(connection, T0.plusSeconds(60));
            ScratchStore.append(connection, WRITER, "task-c", 0, 3, T0);
            ScratchStore.append(connection, WRITER, "task-a", 4, 2, T0);
            second = sign(connection, T0.plusSeconds(120));
        }
    }

    @Test
    void an_untouched_store_verifies_clean_as_a_whole_and_stream_by_stream() throws SQLException {
        try (Connection store = copy()) {
            Verification whole = verifier().verifyStore(store);
            assertThat(whole.intact()).isTrue();
            assertThat(whole.faults()).isEmpty();
            assertThat(whole.eventsChecked()).isEqualTo(12);
            assertThat(whole.streamsChecked()).isEqualTo(3);
            assertThat(whole.checkpointsChecked()).isEqualTo(2);
            assertThat(whole.eventsAfterLastCheckpoint()).isZero();
            assertThat(whole.lastCheckpoint().position()).isEqualTo(12);

            Verification task = verifier().verifyStream(store, "task-a");
            assertThat(task.intact()).isTrue();
            assertThat(task.eventsChecked()).isEqualTo(6);
        }
    }

    @Test
    void a_changed_payload_byte_is_named() throws SQLException {
        try (Connection store = copy()) {
            long position = position(store, "task-b", 1);
            execute(store, "UPDATE domain_event_entry SET payload = set_byte(payload, 20, get_byte(payload, 20) # 1) "
                    + "WHERE global_index = " + position);

            assertFirstFault(verifier().verifyStore(store), Kind.CHANGED, position, "task-b", 1);
            assertFirstFault(verifier().verifyStream(store, "task-b"), Kind.CHANGED, position, "task-b", 1);
        }
    }

    @Test
    void a_changed_timestamp_is_named() throws SQLException {
        try (Connection store = copy()) {
            long position = position(store, "task-a", 2);
            execute(store, "UPDATE domain_event_entry SET time_stamp = '2018-01-01T00:00:00Z' WHERE global_index = "
                    + position);

            assertFirstFault(verifier().verifyStore(store), Kind.CHANGED, position, "task-a", 2);
        }
    }

    @Test
    void a_deleted_event_is_named() throws SQLException {
        try (Connection store = copy()) {
            long position = position(store, "task-c", 1);
            execute(store, "DELETE FROM domain_event_entry WHERE global_index = " + position);

            assertFirstFault(verifier().verifyStore(store), Kind.MISSING, position, "task-c", 1);
            assertFirstFault(verifier().verifyStream(store, "task-c"), Kind.MISSING, position, "task-c", 1);
        }
    }

    @Test
    void a_deleted_event_taken_out_of_the_chain_too_breaks_its_stream() throws SQLException {
        try (Connection store = copy()) {
            long position = position(store, "task-c", 1);
            execute(store, "DELETE FROM domain_event_entry WHERE global_index = " + position);
            execute(store, "DELETE FROM event_chain WHERE global_index = " + position);

            Verification result = verifier().verifyStore(store);
            assertThat(result.intact()).isFalse();
            assertThat(result.faults().get(0).kind()).isEqualTo(Kind.CHAIN_BROKEN);
            assertThat(result.faults()).anySatisfy(f -> assertThat(f.message()).contains("stream task-c jumps from 0 to 2"));
        }
    }

    @Test
    void two_swapped_events_are_named() throws SQLException {
        try (Connection store = copy()) {
            long a = position(store, "task-a", 0);
            long b = position(store, "task-b", 0);
            execute(store, "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a);
            execute(store, "UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b);
            execute(store, "UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");

            Verification result = verifier().verifyStore(store);
            assertFirstFault(result, Kind.REORDERED, a, "task-b", 0);
            assertThat(result.faults()).extracting(Fault::kind).containsOnly(Kind.REORDERED);
            assertThat(result.faultCount()).isEqualTo(2);
        }
    }

    @Test
    void an_inserted_event_is_named() throws SQLException {
        try (Connection store = copy()) {
            execute(store, "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                    + "type, time_stamp, payload_type, payload_revision, payload) VALUES ('forged', 'task-b', 3, "
                    + "'SupervisionTask', '2018-03-02T00:00:00Z', 'cn.duban.api.TaskAssessed', '1', "
                    + "convert_to('{\"taskId\":\"task-b\",\"score\":100}', 'UTF8'))");
            long position = position(store, "task-b", 3);

            assertFirstFault(verifier().verifyStore(store), Kind.UNCHAINED, position, "task-b", 3);
            assertFirstFault(verifier().verifyStream(store, "task-b"), Kind.UNCHAINED, position, "task-b", 3);
        }
    }

    @Test
    void a_stream_rewritten_with_a_recomputed_chain_is_caught_by_the_checkpoint_it_falls_under() throws SQLException {
        try (Connection store = copy()) {
            execute(store, "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'爱心驿站', '爱心驿站（补）'), 'UTF8') WHERE aggregate_identifier = 'task-c'");
            // the forger recomputes every link after the first checkpoint with the write path's own code
            execute(store, "DELETE FROM event_chain WHERE chain_position > " + first.position());
            execute(store, "UPDATE event_chain_head SET chain_position = " + first.position() + ", chain_hash = "
                    + "(SELECT chain_hash FROM event_chain WHERE chain_position = " + first.position() + ")");
            store.setAutoCommit(false);
            assertThat(WRITER.appendUnchained(store)).isEqualTo(5);
            store.commit();
            store.setAutoCommit(true);

            assertThat(new Verifier(List.of(), KEYS.getPublic()).verifyStore(store).intact())
                    .as("without a checkpoint the recomputed chain links up").isTrue();
            Verification result = verifier().verifyStore(store);
            assertThat(result.faultCount()).isEqualTo(1);
            Fault fault = result.faults().get(0);
            assertThat(fault.kind()).isEqualTo(Kind.CHECKPOINT_MISMATCH);
            assertThat(fault.message()).contains("checkpoint #" + second.id())
                    .contains("between chain positions " + (first.position() + 1) + " and " + second.position());
            assertThat(verifier().verifyStream(store, "task-c").faults()).extracting(Fault::kind)
                    .containsExactly(Kind.CHECKPOINT_MISMATCH);
        }
    }

    @Test
    void events_removed_from_the_end_are_caught_by_the_last_checkpoint() throws SQLException {
        try (Connection store = copy()) {
            long last = second.position();
            execute(store, "DELETE FROM domain_event_entry WHERE global_index = (SELECT global_index FROM event_chain "
                    + "WHERE chain_position = " + last + ")");
            execute(store, "DELETE FROM event_chain WHERE chain_position = " + last);
            execute(store, "UPDATE event_chain_head SET chain_position = " + (last - 1) + ", chain_hash = (SELECT "
                    + "chain_hash FROM event_chain WHERE chain_position = " + (last - 1) + ")");

            Verification result = verifier().verifyStore(store);
            assertThat(result.faults()).extracting(Fault::kind).containsExactly(Kind.MISSING);
            assertThat(result.faults().get(0).message()).contains("the chain ends at " + (last - 1));
        }
    }

    @Test
    void a_forged_checkpoint_does_not_count() throws SQLException {
        try (Connection store = copy()) {
            Checkpoint forged = new Checkpoint(second.id(), second.position(), "00".repeat(32),
                    second.hashAlgorithm(), second.signedAt(), second.signatureAlgorithm(), second.keyId(),
                    second.signature());

            Verification result = new Verifier(List.of(first, forged), KEYS.getPublic()).verifyStore(store);
            assertThat(result.faults()).extracting(Fault::kind).containsExactly(Kind.BAD_SIGNATURE);
            assertThat(result.checkpointsChecked()).isEqualTo(1);
        }
    }

    @Test
    void a_chain_record_naming_no_known_algorithm_is_a_fault_not_a_crash() throws SQLException {
        try (Connection store = copy()) {
            long position = position(store, "task-b", 2);
            execute(store, "UPDATE event_chain SET algorithm = 'MD5' WHERE global_index = " + position);

            assertFirstFault(verifier().verifyStore(store), Kind.CHANGED, position, "task-b", 2);
        }
    }

    @Test
    void verifying_one_task_notices_records_removed_from_the_end_of_the_chain() throws SQLException {
        try (Connection store = copy()) {
            execute(store, "DELETE FROM domain_event_entry WHERE global_index IN (SELECT global_index FROM "
                    + "event_chain WHERE aggregate_identifier = 'task-a' AND sequence_number >= 4)");
            execute(store, "DELETE FROM event_chain WHERE aggregate_identifier = 'task-a' AND sequence_number >= 4");

            Verification task = new Verifier(List.of(), KEYS.getPublic()).verifyStream(store, "task-a");
            assertThat(task.intact()).as("no checkpoint, yet the head row shows the chain was cut").isFalse();
            assertThat(task.faults().get(0).message()).contains("the chain's head says 12 but the chain ends at 10");
            assertThat(new Verifier(List.of(), KEYS.getPublic()).verifyStore(store).faults()).extracting(Fault::kind)
                    .containsExactly(Kind.MISSING);
        }
    }

    @Test
    void the_standalone_command_verifies_read_only_with_its_own_account(@TempDir Path auditor) throws Exception {
        Files.writeString(auditor.resolve("checkpoint-signing.pub.pem"), Pem.encode(KEYS.getPublic()));
        Path files = Files.createDirectories(auditor.resolve("checkpoints"));
        for (Checkpoint checkpoint : List.of(first, second)) {
            Files.writeString(files.resolve(checkpoint.fileName()), checkpoint.toJson());
        }
        try (Connection store = copy()) {
            execute(store, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'duban_verifier_test') "
                    + "THEN CREATE ROLE duban_verifier_test LOGIN; END IF; END $$");
            execute(store, "GRANT SELECT ON domain_event_entry, event_chain, event_chain_head TO duban_verifier_test");
            String[] args = {"--url", ScratchStore.url(CASE), "--user", "duban_verifier_test", "--public-key",
                    auditor.resolve("checkpoint-signing.pub.pem").toString(), "--checkpoints", files.toString()};

            Run clean = Run.of(args);
            assertThat(clean.status).as(clean.out + clean.err).isZero();
            assertThat(clean.out).contains("2 checkpoint files").contains("INTACT: 12 events, 3 streams, "
                    + "2 checkpoints checked");

            execute(store, "UPDATE domain_event_entry SET payload = set_byte(payload, 3, 65) WHERE global_index = "
                    + position(store, "task-a", 1));
            Run tampered = Run.of(args);
            assertThat(tampered.status).as(tampered.out).isEqualTo(1);
            assertThat(tampered.out).contains("TAMPERED").contains("CHANGED at " + position(store, "task-a", 1));
        }
    }

    @Test
    void the_command_refuses_to_run_without_its_arguments() {
        Run run = Run.of(new String[]{"--url", ScratchStore.url(CASE)});
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("missing --user");
    }

    private record Run(int status, String out, String err) {
        static Run of(String[] args) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = VerifierCommand.run(args, "", new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Verifier verifier() {
        return new Verifier(List.of(first, second), KEYS.getPublic());
    }

    private static void assertFirstFault(Verification result, Kind kind, long position, String aggregate,
                                         long sequence) {
        assertThat(result.intact()).isFalse();
        Fault fault = result.faults().get(0);
        assertThat(fault.kind()).as(fault.message()).isEqualTo(kind);
        assertThat(fault.position()).isEqualTo(position);
        assertThat(fault.aggregate()).isEqualTo(aggregate);
        assertThat(fault.sequence()).isEqualTo(sequence);
    }

    private static Checkpoint sign(Connection connection, Instant now) throws SQLException {
        CheckpointStore.Signing signing = CheckpointStore.signHead(connection, SignatureAlgorithm.ED25519,
                KEYS.getPrivate(), KEY_ID, now).orElseThrow();
        assertThat(signing.created()).isTrue();
        assertThat(CheckpointStore.signHead(connection, SignatureAlgorithm.ED25519, KEYS.getPrivate(), KEY_ID,
                now.plusSeconds(1)).orElseThrow()).as("nothing stored since: the same checkpoint, not a new one")
                .isEqualTo(new CheckpointStore.Signing(signing.checkpoint(), false));
        return signing.checkpoint();
    }

    private static Connection copy() throws SQLException {
        return ScratchStore.connect(ScratchStore.create(CASE, TEMPLATE));
    }

    private static long position(Connection store, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement select = store.prepareStatement("SELECT global_index FROM domain_event_entry WHERE "
                + "aggregate_identifier = ? AND sequence_number = ?")) {
            select.setString(1, aggregate);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(Connection store, String sql) throws SQLException {
        try (Statement statement = store.createStatement()) {
            statement.execute(sql);
        }
    }
}
