package cn.duban.ui.audit;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event that a projection cannot apply (here PostgreSQL refuses its row, as it refused a title with a NUL
 * character) stops neither that projection nor the others: it becomes a dead letter, health names the projection and
 * the position, the rebuild finishes, and once the cause is gone a rebuild applies it.
 */
class PoisonedEventIT extends PostgresIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @AfterEach
    void cure() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_poison ON task_list");
    }

    @Test
    void a_poisoned_event_is_dead_lettered_named_by_health_and_applied_by_a_rebuild_once_cured() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
                BEGIN
                  IF NEW.title LIKE '%毒丸%' THEN RAISE EXCEPTION 'the read model refuses this row'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON task_list FOR EACH ROW EXECUTE FUNCTION "
                + "refuse_poison()");

        String poisoned = draft("毒丸交办单");
        String healthy = draft("正常交办单");
        long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = "
                + "? AND sequence_number = 0", Long.class, poisoned);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("office", "/api/task-lists/" + healthy)
                .getStatusCode().value()).as("the projection goes on").isEqualTo(200));
        assertThat(api.get("office", "/api/task-lists/" + poisoned).getStatusCode().value()).isEqualTo(404);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode health = api.get("admin", "/actuator/health").getBody();
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            JsonNode lists = health.at("/components/projections/details/task-lists");
            assertThat(lists.get("deadLetters").asInt()).isEqualTo(1);
            assertThat(lists.get("firstDeadLetters").get(0).asLong()).isEqualTo(position);
            assertThat(lists.get("cause").asText()).contains("the read model refuses this row");
            assertThat(lists.get("firstMissing")).as("the reconciliation sees it missing too: %s", lists).isNotNull();
            assertThat(lists.get("firstMissing").get(0).asLong()).isEqualTo(position);
        });
        // the list's later events are parked behind its letter: a row is never built from a stream with a hole
        api.ok(api.post("office", "/api/task-lists/" + poisoned + "/issue", null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.ok(api.get("auditor", "/api/audit/dead-letters")))
                .hasSize(2));
        JsonNode letters = api.ok(api.get("auditor", "/api/audit/dead-letters"));
        assertThat(letters.findValuesAsText("processingGroup")).containsOnly("task-lists");
        assertThat(letters.get(0).get("position").asLong()).isEqualTo(position);
        assertThat(letters.get(1).get("cause").isNull()).as("parked, not failed").isTrue();
        assertThat(api.get("office", "/api/task-lists/" + poisoned).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("admin", "/actuator/health").getBody().at("/components/projections/details/task-progress")
                .has("deadLetters")).as("the other projections are untouched").isFalse();

        JsonNode stillPoisoned = api.ok(api.post("auditor", "/api/audit/rebuild", null));
        assertThat(report(stillPoisoned, "task-lists").get("deadLetters").asLong())
                .as("the replay could not apply it either, nor what is parked behind it").isEqualTo(2);
        assertThat(report(stillPoisoned, "task-lists").get("identical").asBoolean()).isTrue();

        cure();
        JsonNode cured = api.ok(api.post("auditor", "/api/audit/rebuild", null));
        assertThat(report(cured, "task-lists").get("deadLetters").asLong()).isZero();
        assertThat(api.ok(api.get("office", "/api/task-lists/" + poisoned)).get("status").asText())
                .as("applied in order, the parked event too").isEqualTo("ISSUED");
        assertThat(api.ok(api.get("auditor", "/api/audit/dead-letters"))).isEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("admin", "/actuator/health").getBody()
                .at("/components/projections/status").asText()).isEqualTo("UP"));
    }

    private String draft(String title) {
        return api.ok(api.post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕" + System.nanoTime() + "号", "title", title,
                "dueDate", LocalDate.now().plusMonths(2).toString(), "assignments", List.of(Map.of("itemCode", "S4",
                        "organization", "jieshou", "targets", Map.of("love_stations", 1), "weight", 1)))))
                .get("id").asText();
    }

    private static JsonNode report(JsonNode rebuilt, String name) {
        for (JsonNode projection : rebuilt.get("projections")) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no report for " + name + ": " + rebuilt);
    }
}
