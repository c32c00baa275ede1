package cn.duban.ui.axon;

import cn.duban.ui.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store's shape on PostgreSQL must not drift (docs/PITFALLS.md): bytea payloads and a global index by 1. */
class EventStoreSchemaIT extends PostgresIntegrationTest {

    @Test
    void payloads_metadata_and_tokens_are_bytea_not_large_objects() {
        assertThat(columnType("domain_event_entry", "payload")).isEqualTo("bytea");
        assertThat(columnType("domain_event_entry", "meta_data")).isEqualTo("bytea");
        assertThat(columnType("snapshot_event_entry", "payload")).isEqualTo("bytea");
        assertThat(columnType("token_entry", "token")).isEqualTo("bytea");
    }

    @Test
    void the_global_index_steps_by_one() {
        Long increment = jdbc.queryForObject("""
                SELECT increment_by FROM pg_sequences
                WHERE schemaname || '.' || sequencename = pg_get_serial_sequence('domain_event_entry', 'global_index')
                """, Long.class);
        assertThat(increment).isEqualTo(1);

        List<String> tasks = api.issueTaskList("S3", Map.of("volunteer_experts", 2), LocalDate.of(2026, 12, 31),
                "jieshou", "linze", "sanduo");
        List<Long> indexes = jdbc.queryForList("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier IN (?, ?, ?)
                ORDER BY global_index""", Long.class, tasks.toArray());
        assertThat(indexes).hasSize(3);
        assertThat(indexes.get(2) - indexes.get(0)).as("consecutive, not jumping by an allocation size").isEqualTo(2);
    }

    @Test
    void events_are_stored_as_json_with_their_revision() {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT payload_type, payload_revision, convert_from(payload, 'UTF8') AS json
                FROM domain_event_entry WHERE payload_type = 'cn.duban.api.WorkPlanPublished'""");
        assertThat(row.get("payload_revision")).isEqualTo("1");
        assertThat(row.get("json")).isEqualTo("{\"workPlanId\":\"wp-2018\"}");
    }

    private String columnType(String table, String column) {
        return jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = ? "
                + "AND column_name = ?", String.class, table, column);
    }
}
