package cn.duban.ui.security;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input: oversized bodies, wrong content types and invented fields are refused as problem details and change
 * nothing; script and SQL text in narratives is stored and returned as JSON text, never executed or served as markup.
 */
class HostileInputIT extends PostgresIntegrationTest {

    private static final String UNIT = "gy-dev-zone";
    private static final String HOSTILE = "<script>alert('督办')</script><img src=x onerror=alert(1)>"
            + "'); DROP TABLE domain_event_entry; -- \" OR '1'='1' /* ${jndi:ldap://x} {{7*7}}";

    @Autowired
    private ObjectMapper json;

    private String task;
    private String reports;
    private long eventsBefore;

    @BeforeEach
    void acknowledgedTask() {
        task = api.issueTaskList("S6", Map.of("wage_bargaining_enterprises", 20), LocalDate.of(2026, 12, 31), UNIT)
                .get(0);
        api.act(UNIT, task, "acknowledge", null);
        reports = "/api/tasks/" + task + "/reports";
        eventsBefore = eventCount();
    }

    @Test
    void an_oversized_json_body_is_refused_with_413() {
        String narrative = "很".repeat(400_000);
        ResponseEntity<JsonNode> refused = api.post(UNIT, reports, Map.of("figures", Map.of(),
                "narrative", narrative));
        assertProblem(refused, 413);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void an_oversized_chunked_body_without_a_length_is_refused_with_413() throws Exception {
        byte[] body = ("{\"figures\": {}, \"narrative\": \"" + "x".repeat(1_500_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.getRootUri() + reports))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (UNIT + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML)) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(type);
            ResponseEntity<JsonNode> refused = http.withBasicAuth(UNIT, "demo").exchange(reports, HttpMethod.POST,
                    new HttpEntity<>("<report><narrative>x</narrative></report>", headers), JsonNode.class);
            assertProblem(refused, 415);
        }
        assertThat(api.upload(UNIT, reports, "report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .getStatusCode().value()).as("a file sent to a JSON action").isEqualTo(415);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void a_field_the_request_does_not_have_is_refused_naming_it() {
        ResponseEntity<JsonNode> refused = api.post(UNIT, reports, Map.of("figures",
                Map.of("wage_bargaining_enterprises", 3), "narrative", "x", "status", "CLOSED"));
        assertProblem(refused, 400);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("status");

        ResponseEntity<JsonNode> nested = api.post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕99号", "title", "t", "dueDate", "2026-12-31", "assignments", List.of(
                        Map.of("itemCode", "S4", "organization", "jieshou", "targets", Map.of("love_stations", 1),
                                "weight", 1, "priority", "urgent"))));
        assertProblem(nested, 400);
        assertThat(nested.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("assignments[0].priority");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void script_and_sql_in_a_narrative_are_stored_and_returned_as_plain_json_text() throws IOException {
        api.ok(api.post(UNIT, reports, Map.of("figures", Map.of("wage_bargaining_enterprises", 3),
                "narrative", HOSTILE)));
        api.act("office", task, "urges", Map.of("message", HOSTILE));
        assertThat(eventCount()).isEqualTo(eventsBefore + 2);

        ResponseEntity<String> history = http.withBasicAuth("office", "demo")
                .getForEntity("/api/tasks/" + task + "/history", String.class);
        assertThat(history.getStatusCode().value()).isEqualTo(200);
        assertThat(history.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(history.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(history.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        JsonNode events = json.readTree(history.getBody());
        assertThat(events.findValuesAsText("narrative")).containsExactly(HOSTILE);
        assertThat(events.findValuesAsText("message")).containsExactly(HOSTILE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, task)).as("the event table is still there, with the task's events").isGreaterThan(2);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
    }
}
