package cn.duban.ui.consistency;

import cn.duban.ui.support.Browser;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes on PostgreSQL: the projections lag the event store (a task list's tasks reach the read tables some
 * hundred milliseconds after the issue answers), yet a caller's read right after its own write sees it, in every
 * round: an API client that sends the position back, and a browser session without asking. Past the bound the read
 * answers what it has, marked stale.
 */
class ReadYourWritesIT extends PostgresIntegrationTest {

    private static final int ROUNDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void an_api_client_that_sends_the_position_back_reads_its_own_writes_at_once() {
        for (int round = 0; round < ROUNDS; round++) {
            String list = api.ok(api.post("office", "/api/task-lists", draft())).get("id").asText();
            ResponseEntity<JsonNode> issued = api.post("office", "/api/task-lists/" + list + "/issue", null);
            String position = issued.getHeaders().getFirst(ReadYourWrites.POSITION);
            assertThat(position).as("the issue answers the position it reached").matches("[1-9][0-9]*");
            List<String> tasks = texts(api.ok(issued).get("taskIds"));

            ResponseEntity<JsonNode> listed = read("office", "/api/tasks?taskList=" + list, position);
            assertThat(listed.getHeaders().containsKey(ReadYourWrites.STALE)).isFalse();
            assertThat(listed.getBody().findValuesAsText("id")).as("round %d", round)
                    .containsExactlyInAnyOrderElementsOf(tasks);
            assertThat(read("office", "/api/task-lists/" + list, position).getBody().get("tasks")
                    .findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(tasks);

            // a unit reports, then opens its list of tasks in follow-up
            String task = tasks.get(0);
            api.act("songqiao", task, "acknowledge", null);
            ResponseEntity<JsonNode> reported = api.post("songqiao", "/api/tasks/" + task + "/reports",
                    Map.of("figures", Map.of("love_stations", 1), "narrative", "建成1家"));
            assertThat(read("songqiao", "/api/tasks?status=REPORTING",
                    reported.getHeaders().getFirst(ReadYourWrites.POSITION)).getBody().findValuesAsText("id"))
                    .contains(task);
        }
    }

    @Test
    void a_browser_session_reads_its_own_writes_without_asking() throws IOException {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.login("office", "demo").statusCode()).isEqualTo(302);
        for (int round = 0; round < ROUNDS; round++) {
            String list = JSON.readTree(browser.send("POST", "/api/task-lists", JSON.writeValueAsString(draft()))
                    .body()).get("id").asText();
            HttpResponse<String> issued = browser.send("POST", "/api/task-lists/" + list + "/issue", null);
            assertThat(issued.statusCode()).isEqualTo(200);
            assertThat(issued.headers().firstValue(ReadYourWrites.POSITION)).isPresent();
            List<String> tasks = texts(JSON.readTree(issued.body()).get("taskIds"));

            HttpResponse<String> listed = browser.get("/api/tasks?taskList=" + list);
            assertThat(listed.headers().firstValue(ReadYourWrites.STALE)).isEmpty();
            assertThat(JSON.readTree(listed.body()).findValuesAsText("id")).as("round %d", round)
                    .containsExactlyInAnyOrderElementsOf(tasks);
        }
    }

    @Test
    void past_the_bound_the_read_answers_marked_stale_and_reads_its_write_once_the_projection_runs_again() {
        StreamingEventProcessor progress = processing.eventProcessor("task-progress", StreamingEventProcessor.class)
                .orElseThrow();
        String list;
        String position;
        List<String> tasks;
        progress.shutDown();
        try {
            list = api.ok(api.post("office", "/api/task-lists", draft())).get("id").asText();
            ResponseEntity<JsonNode> issued = api.post("office", "/api/task-lists/" + list + "/issue", null);
            position = issued.getHeaders().getFirst(ReadYourWrites.POSITION);
            tasks = texts(api.ok(issued).get("taskIds"));

            ResponseEntity<JsonNode> stale = read("office", "/api/tasks?taskList=" + list, position);
            assertThat(stale.getStatusCode().value()).isEqualTo(200);
            assertThat(stale.getHeaders().getFirst(ReadYourWrites.STALE)).isEqualTo("true");
            assertThat(stale.getBody().findValuesAsText("id")).doesNotContainAnyElementsOf(tasks);
        } finally {
            progress.start();
        }
        // for a bound after a wait ran out, reads check once and do not wait: this one comes after the catch-up
        readSide.caughtUp();
        ResponseEntity<JsonNode> fresh = read("office", "/api/tasks?taskList=" + list, position);
        assertThat(fresh.getHeaders().containsKey(ReadYourWrites.STALE)).isFalse();
        assertThat(fresh.getBody().findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void a_refused_write_answers_no_position_and_a_position_that_is_no_number_is_refused() {
        String task = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.now(clock).plusMonths(6),
                "songqiao").get(0);
        api.act("songqiao", task, "acknowledge", null);
        ResponseEntity<JsonNode> again = api.post("songqiao", "/api/tasks/" + task + "/acknowledge", null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().containsKey(ReadYourWrites.POSITION)).isFalse();

        for (String bad : List.of("abc", "-1", "1.5", "99999999999999999999")) {
            ResponseEntity<JsonNode> refused = read("office", "/api/tasks", bad);
            assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly(ReadYourWrites.AFTER);
        }
        ResponseEntity<JsonNode> beyond = read("office", "/api/tasks", Long.toString(Long.MAX_VALUE));
        assertThat(beyond.getStatusCode().value()).isEqualTo(200);
        assertThat(beyond.getHeaders().containsKey(ReadYourWrites.STALE))
                .as("a position beyond the newest event is read as the newest, not waited for in vain").isFalse();
    }

    private ResponseEntity<JsonNode> read(String user, String path, String after) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(ReadYourWrites.AFTER, after);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }

    private Map<String, Object> draft() {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (String organization : List.of("songqiao", "linze", "sanduo")) {
            assignments.add(Map.of("itemCode", "S4", "organization", organization,
                    "targets", Map.of("love_stations", 3), "weight", 1));
        }
        return Map.of("workPlanId", "wp-2018", "number", "督交〔2018〕" + System.nanoTime() + "号",
                "title", "读己之写", "dueDate", LocalDate.now(clock).plusMonths(6).toString(),
                "assignments", assignments);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
