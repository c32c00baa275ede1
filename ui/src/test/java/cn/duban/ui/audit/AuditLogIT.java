package cn.duban.ui.audit;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The global event log for auditors: oldest first, paged by position, exactly as stored. */
class AuditLogIT extends PostgresIntegrationTest {

    @Test
    void an_auditor_pages_through_the_whole_log_by_position() {
        api.issueTaskList("S4", Map.of("love_stations", 2), LocalDate.of(2026, 12, 31), "jieshou", "linze");
        // The auditor's own login is recorded at its first call of the hour: before the count, not while paging.
        api.ok(api.get("auditor", "/api/me"));
        long total = allEventCount();

        List<Long> positions = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api.ok(api.get("auditor", "/api/audit/events?limit=7&after=" + after));
            assertThat(page.get("events").size()).isLessThanOrEqualTo(7);
            if (page.get("events").isEmpty()) {
                assertThat(page.get("nextAfter").asLong()).isEqualTo(after);
                break;
            }
            page.get("events").forEach(event -> positions.add(event.get("position").asLong()));
            assertThat(positions.get(positions.size() - page.get("events").size())).isGreaterThan(after);
            after = page.get("nextAfter").asLong();
            assertThat(after).isEqualTo(positions.get(positions.size() - 1));
        }

        assertThat(positions).hasSize((int) total).isSorted().doesNotHaveDuplicates();
        assertThat(api.ok(api.get("auditor", "/api/audit/events")).get("events")).hasSize((int) Math.min(100, total));
    }

    @Test
    void each_entry_says_where_what_when_and_who_with_the_stored_payload() {
        String task = api.issueTaskList("S5", Map.of("new_unions", 4), LocalDate.of(2026, 12, 31), "sanduo").get(0);
        api.act("sanduo", task, "acknowledge", null);

        JsonNode events = api.ok(api.get("auditor", "/api/audit/events?aggregate=" + task)).get("events");

        assertThat(events.findValuesAsText("type")).containsExactly("TaskIssued", "TaskAcknowledged");
        assertThat(events.findValuesAsText("sequence")).containsExactly("0", "1");
        JsonNode acknowledged = events.get(1);
        assertThat(acknowledged.get("aggregateType").asText()).isEqualTo("SupervisionTask");
        assertThat(acknowledged.get("aggregateId").asText()).isEqualTo(task);
        assertThat(acknowledged.get("revision").asText()).isEqualTo("1");
        assertThat(acknowledged.get("position").asLong()).isGreaterThan(events.get(0).get("position").asLong());
        assertThat(acknowledged.at("/payload/taskId").asText()).isEqualTo(task);
        assertThat(acknowledged.at("/metadata/actor").asText()).isEqualTo("sanduo");
        assertThat(acknowledged.at("/metadata/organization").asText()).isEqualTo("sanduo");
        assertThat(acknowledged.at("/metadata/roles").asText()).isEqualTo("UNIT");
        assertThat(acknowledged.at("/metadata/traceId").asText()).isNotBlank();
        assertThat(acknowledged.at("/metadata/correlationId").asText()).isNotBlank();
        assertThat(acknowledged.get("timestamp").asText()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    @Test
    void only_auditors_read_the_log_and_a_refusal_records_nothing() {
        long before = eventCount();

        assertThat(api.get("office", "/api/audit/events").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("jieshou", "/api/audit/events").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("admin", "/api/audit/events").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(null, "/api/audit/events").getStatusCode().value()).isEqualTo(401);
        assertThat(api.post("office", "/api/audit/rebuild", null).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("jieshou", "/api/audit/rebuild", null).getStatusCode().value()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void bad_paging_parameters_are_refused_with_a_problem_naming_them() {
        assertBadRequest("/api/audit/events?limit=0", "limit");
        assertBadRequest("/api/audit/events?limit=1001", "limit");
        assertBadRequest("/api/audit/events?after=-1", "after");
        assertBadRequest("/api/audit/events?after=yesterday", "after");
        assertBadRequest("/api/audit/events?aggregate=", "aggregate");
    }

    private void assertBadRequest(String path, String field) {
        var response = api.get("auditor", path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    }
}
