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

/** The lifecycle over Duban's HTTP API, as API clients send it (HTTP Basic, API.md's convention). */
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
        String list = recorder.time("draft list", () -> send("office", "POST", "/api/task-lists", Map.of(
                "workPlanId", "wp-2018", "number", "督交〔2018〕" + NUMBERS.incrementAndGet() + "号", "title", "压测交办单",
                "dueDate", LocalDate.now().plusMonths(3).toString(), "assignments", List.of(Map.of("itemCode", "S4",
                        "organization", unit, "targets", Map.of("love_stations", 2), "weight", 1)))))
                .get("id").asText();
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

    private JsonNode send(String user, String method, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }
}
