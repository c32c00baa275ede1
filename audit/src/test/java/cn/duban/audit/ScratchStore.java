package cn.duban.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Scratch PostgreSQL databases with the application's own event-store and chain tables (its Flyway scripts, read
 * from the ui module), on the server the README and CI use (127.0.0.1:5432, user postgres; override with
 * DUBAN_TEST_PG_HOST / _PORT / _USER). Names carry a mark of the checkout, so two checkouts do not collide.
 */
final class ScratchStore {

    static final String HOST = env("DUBAN_TEST_PG_HOST", "127.0.0.1");
    static final String PORT = env("DUBAN_TEST_PG_PORT", "5432");
    static final String USER = env("DUBAN_TEST_PG_USER", "postgres");
    private static final String CHECKOUT = Integer.toHexString(System.getProperty("user.dir").hashCode());
    /** From the audit module (the tests) or from the project's root (the benchmark through exec:java). */
    private static final Path MIGRATIONS = java.util.stream.Stream.of("../ui", "ui")
            .map(module -> Path.of(module, "src/main/resources/db/migration"))
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../ui/src/main/resources/db/migration"));

    private ScratchStore() {
    }

    static String name(String prefix) {
        return prefix + "_" + CHECKOUT;
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, "");
    }

    /** Drops and creates the database, empty or as a copy of {@code template}, and answers its name. */
    static String create(String database, String template) throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'"
                    + (template == null ? "" : " TEMPLATE " + template));
        }
        return database;
    }

    /** A fresh database with the event table and the chain's tables as the application's migrations make them. */
    static String withSchema(String database) throws SQLException {
        create(database, null);
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            for (String script : List.of("V1__event_store.sql", "V30__event_chain.sql")) {
                sql.execute(read(MIGRATIONS.resolve(script)));
            }
        }
        return database;
    }

    /**
     * Stores events as the application's write path does: the rows, then their chain records, in one transaction.
     * Answers the event identifiers.
     */
    static List<String> append(Connection connection, ChainWriter chain, String aggregate, long firstSequence,
                               int count, Instant time) throws SQLException {
        List<String> ids = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry ("
                + "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data) VALUES (?, ?, ?, 'SupervisionTask', ?, "
                + "'cn.duban.api.ProgressReported', '1', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                long sequence = firstSequence + i;
                insert.setString(1, id);
                insert.setString(2, aggregate);
                insert.setLong(3, sequence);
                insert.setString(4, time.plusSeconds(sequence).toString());
                insert.setBytes(5, ("{\"taskId\":\"" + aggregate + "\",\"figures\":{\"love_stations\":" + sequence
                        + "},\"narrative\":\"新建职工爱心驿站" + sequence + "个\",\"evidence\":[]}")
                        .getBytes(StandardCharsets.UTF_8));
                insert.setBytes(6, ("{\"username\":\"jieshou\",\"organization\":\"jieshou\",\"traceId\":\"" + id
                        + "\"}").getBytes(StandardCharsets.UTF_8));
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
            chain.append(connection, ids);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the ui module's migrations are read from " + file.toAbsolutePath(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
