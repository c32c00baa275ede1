package cn.duban.ui.history;

import cn.duban.audit.HashAlgorithm;
import cn.duban.audit.SignatureAlgorithm;
import cn.duban.audit.Verification;
import cn.duban.audit.Verifier;
import cn.duban.ui.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A store written before the chain existed gets its chain from its migration, and then verifies clean. */
class ChainStoredEventsIT {

    @Test
    void the_migration_chains_what_is_stored_with_the_configured_algorithm() throws Exception {
        String url = TestDatabase.fresh("duban_it_chain_migration");
        Flyway.configure().dataSource(url, TestDatabase.USER, "").locations("classpath:db/migration").target("20")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, "");
             Statement sql = connection.createStatement()) {
            for (int sequence = 0; sequence < 3; sequence++) {
                for (String task : List.of("task-old-1", "task-old-2")) {
                    sql.execute("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                            + "VALUES ('" + task + "-" + sequence + "', '" + task + "', " + sequence + ", "
                            + "'SupervisionTask', '2018-03-0" + (sequence + 1) + "T08:00:00Z', "
                            + "'cn.duban.api.TaskReminded', '1', convert_to('{\"taskId\":\"" + task + "\"}', 'UTF8'), "
                            + "convert_to('{}', 'UTF8'))");
                }
            }
        }

        HistoryProperties properties = new HistoryProperties(HashAlgorithm.SM3, SignatureAlgorithm.SM2,
                Path.of("unused.pem"), Path.of("unused.pub.pem"), false, Path.of("unused"), Duration.ofHours(1));
        Flyway.configure().dataSource(url, TestDatabase.USER, "").locations("classpath:db/migration")
                .javaMigrations(new ChainStoredEvents(properties)).load().migrate();

        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, "");
             Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("SELECT COUNT(*), MIN(algorithm), MAX(algorithm) FROM event_chain");
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(6);
            assertThat(rows.getString(2)).isEqualTo("SM3");
            assertThat(rows.getString(3)).isEqualTo("SM3");
            Verification result = new Verifier(List.of(), SignatureAlgorithm.SM2.generate().getPublic())
                    .verifyStore(connection);
            assertThat(result.intact()).as(result.faults().toString()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(6);
            assertThat(result.streamsChecked()).isEqualTo(2);
        }
    }
}
