package cn.duban.ui.audit;

import cn.duban.audit.Checkpoint;
import cn.duban.audit.Pem;
import cn.duban.audit.SignatureAlgorithm;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history as the application writes it on PostgreSQL: every stored event is chained in its own transaction,
 * the product's verification finds a changed byte and names it, and signed checkpoints verify with the public key.
 */
class VerifiableHistoryIT extends PostgresIntegrationTest {

    @Test
    void every_stored_event_is_chained_and_the_store_verifies_clean() {
        String task = api.issueTaskList("S4", Map.of("love_stations", 2), LocalDate.now().plusMonths(3), "jieshou")
                .get(0);
        api.act("jieshou", task, "acknowledge", null);
        // (a command rolled back after its events were appended leaves no chain record: OneTransactionIT)

        assertThat(chainLength()).isEqualTo(allEventCount());
        JsonNode whole = api.ok(api.post("auditor", "/api/audit/verify", Map.of()));
        assertThat(whole.get("intact").asBoolean()).as(whole.toString()).isTrue();
        assertThat(whole.get("eventsChecked").asLong()).isEqualTo(allEventCount());
        assertThat(whole.get("faults")).isEmpty();

        JsonNode one = api.ok(api.post("auditor", "/api/audit/verify", Map.of("taskId", task)));
        assertThat(one.get("scope").asText()).isEqualTo("task");
        assertThat(one.get("intact").asBoolean()).isTrue();
        assertThat(one.get("eventsChecked").asLong()).isEqualTo(api.ok(api.get("auditor", "/api/tasks/" + task
                + "/history")).size());
    }

    @Test
    void a_changed_byte_is_named_by_the_product() {
        String task = api.issueTaskList("S4", Map.of("love_stations", 2), LocalDate.now().plusMonths(3), "jieshou")
                .get(0);
        long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = "
                + "? AND sequence_number = 0", Long.class, task);
        String flip = "UPDATE domain_event_entry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1) "
                + "WHERE global_index = ?";
        jdbc.update(flip, position);
        try {
            JsonNode whole = api.ok(api.post("auditor", "/api/audit/verify", Map.of()));
            assertThat(whole.get("intact").asBoolean()).isFalse();
            JsonNode first = whole.get("faults").get(0);
            assertThat(first.get("kind").asText()).isEqualTo("CHANGED");
            assertThat(first.get("position").asLong()).isEqualTo(position);
            assertThat(first.get("aggregate").asText()).isEqualTo(task);
            assertThat(first.get("message").asText()).contains("do not match its chain record");

            JsonNode one = api.ok(api.post("auditor", "/api/audit/verify", Map.of("taskId", task)));
            assertThat(one.get("faults").get(0).get("kind").asText()).isEqualTo("CHANGED");
        } finally {
            jdbc.update(flip, position);
        }
        assertThat(api.ok(api.post("auditor", "/api/audit/verify", Map.of())).get("intact").asBoolean())
                .as("the byte flipped back").isTrue();
    }

    @Test
    void a_checkpoint_signs_the_head_and_verifies_with_the_public_key() throws Exception {
        api.issueTaskList("S4", Map.of("love_stations", 1), LocalDate.now().plusMonths(3), "linze");
        // both callers' logins are recorded (as events) before the head is signed, not between the two signings
        api.ok(api.get("admin", "/api/audit/checkpoints"));
        api.ok(api.get("auditor", "/api/audit/checkpoints"));
        ResponseEntity<JsonNode> signed = api.post("auditor", "/api/audit/checkpoints", null);
        assertThat(signed.getStatusCode().value()).isEqualTo(201);
        assertThat(signed.getBody().get("position").asLong()).isEqualTo(chainLength());
        assertThat(signed.getBody().get("events").asLong()).isEqualTo(allEventCount());
        long id = signed.getBody().get("id").asLong();

        ResponseEntity<JsonNode> again = api.post("admin", "/api/audit/checkpoints", null);
        assertThat(again.getStatusCode().value()).as("nothing stored since").isEqualTo(200);
        assertThat(again.getBody().get("id").asLong()).isEqualTo(id);
        assertThat(api.ok(api.get("auditor", "/api/audit/checkpoints")).get(0).get("id").asLong()).isEqualTo(id);

        String pem = http.withBasicAuth("auditor", "demo").getForObject("/api/audit/public-key", String.class);
        var key = Pem.publicKey(pem, SignatureAlgorithm.ED25519);
        Path file = Files.createTempFile("checkpoint", ".json");
        Files.writeString(file, http.withBasicAuth("auditor", "demo").getForObject("/api/audit/checkpoints/" + id,
                String.class));
        Checkpoint downloaded = Checkpoint.read(file);
        assertThat(downloaded.signedBy(key)).isTrue();
        assertThat(downloaded.position()).isEqualTo(chainLength());
        Path exported = HISTORY.resolve("checkpoints").resolve(downloaded.fileName());
        assertThat(Checkpoint.read(exported)).as("exported for the auditor too").isEqualTo(downloaded);

        JsonNode whole = api.ok(api.post("auditor", "/api/audit/verify", Map.of()));
        assertThat(whole.get("intact").asBoolean()).isTrue();
        assertThat(whole.get("checkpointsChecked").asInt()).isPositive();
        assertThat(whole.get("lastCheckpoint").get("id").asLong()).isEqualTo(id);
        assertThat(whole.get("eventsAfterLastCheckpoint").asLong()).isZero();
    }

    @Test
    void verifying_an_unknown_task_or_a_blank_id_is_refused() {
        assertThat(api.post("auditor", "/api/audit/verify", Map.of("taskId", "no-such-task")).getStatusCode().value())
                .isEqualTo(404);
        ResponseEntity<JsonNode> blank = api.post("auditor", "/api/audit/verify", Map.of("taskId", " "));
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getBody().get("errors").findValuesAsText("field")).isEqualTo(List.of("taskId"));
        assertThat(api.get("auditor", "/api/audit/checkpoints/999999").getStatusCode().value()).isEqualTo(404);
    }

    private long chainLength() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_chain", Long.class);
    }
}
