package cn.duban.ui.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The lifecycle over Duban's HTTP API, as API clients send it (HTTP Basic, docs/API.md's convention). */
final class DubanLifecycle implements Lifecycle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NUMBERS = new AtomicLong();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> units = new ArrayList<>();

    DubanLifecycle(String base) throws Exception {
        this.base = base;
        for (JsonNode organization : send("office", "GET", "/api/organizations", null)) {
            if (!"CITY_FEDERATION".equals(organization.get("type").asText())) {
                units.add(organization.get("code").asText());
            }
        }
    }

    @Override
    public void run(int client, Recorder recorder) throws Exception {
        String unit = units.get(client % units.size());
        String list = recorder.time("draft list", () -> draft(unit));
        String task = recorder.time("issue list", () -> send("office", "POST", "/api/task-lists/" + list + "/issue",
                null)).get("taskIds").get(0).asText();
        String path = "/api/tasks/" + task;
        recorder.time("acknowledge", () -> send(unit, "POST", path + "/acknowledge", null));
        recorder.time("report", () -> send(unit, "POST", path + "/reports", Map.of("figures",
                Map.of("love_stations", 1), "narrative", "已建成爱心驿站1家")));
        recorder.time("gap review", () -> send("office", "POST", path + "/gap-reviews", null));
        recorder.time("rectify", () -> send(unit, "POST", path + "/rectifications", Map.of("figures",
                Map.of("love_stations", 2), "narrative", "补建1家")));
        recorder.time("gap review", () -> send("office", "POST", path + "/gap-reviews", null));
        recorder.time("assess", () -> send("office", "POST", path + "/assessment", Map.of("score", 90,
                "comment", "按期完成")));
    }

    /**
     * Issues a one-task list and at once reads the office's tasks of that list, sending the issue's position back
     * ({@code Duban-After}): answers how long the read took, which is how long it waited for the projections.
     */
    long readAfterIssue() throws Exception {
        String list = draft(units.get(0));
        String position = exchange("office", "POST", "/api/task-lists/" + list + "/issue", null, Map.of())
                .headers().firstValue("Duban-Position").orElseThrow(() -> new IllegalStateException("no position"));
        long start = System.nanoTime();
        HttpResponse<String> read = exchange("office", "GET", "/api/tasks?taskList=" + list, null,
                Map.of("Duban-After", position));
        long took = System.nanoTime() - start;
        if (read.headers().firstValue("Duban-Stale").isPresent() || JSON.readTree(read.body()).isEmpty()) {
            throw new IllegalStateException("the read after the issue did not show its task: " + read.body());
        }
        return took;
    }

    private String draft(String unit) throws Exception {
        return send("office", "POST", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕" + NUMBERS.incrementAndGet() + "号", "title", "压测交办单",
                "dueDate", LocalDate.now().plusMonths(3).toString(), "assignments", List.of(Map.of("itemCode", "S4",
                        "organization", unit, "targets", Map.of("love_stations", 2), "weight", 1))))
                .get("id").asText();
    }

    private JsonNode send(String user, String method, String path, Object body) throws Exception {
        HttpResponse<String> answer = exchange(user, method, path, body, Map.of());
        return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }

    private HttpResponse<String> exchange(String user, String method, String path, Object body,
                                          Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer;
    }
}
