package cn.duban.ui.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API as the tests drive it: every demo user has the password {@code demo}. */
public class Api {

    private final TestRestTemplate http;

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<JsonNode> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    /** The body is an object to write as JSON, or a String sent as it is (for malformed input). */
    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    /**
     * Uploads one file as the multipart part {@code file}, as a browser's file input sends it: with its length
     * declared, so that the server can refuse an oversized body cleanly.
     */
    public ResponseEntity<JsonNode> upload(String user, String path, String fileName, byte[] content) {
        String boundary = "----duban" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        headers.setContentLength(body.size());
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers), JsonNode.class);
    }

    /** The raw bytes of a download, with its headers. */
    public ResponseEntity<byte[]> download(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, byte[].class);
    }

    /**
     * A task action of docs/API.md ({@code acknowledge}, {@code reports}, ...) that must succeed: the task as it is now.
     */
    public JsonNode act(String user, String taskId, String action, Object body) {
        return ok(post(user, "/api/tasks/" + taskId + "/" + action, body));
    }

    public JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s answered %s", response.getBody(), response.getStatusCode()).isTrue();
        return response.getBody();
    }

    /** The activities of the user's open work items for that task, as their queue shows them. */
    public List<String> workItems(String user, String taskId) {
        List<String> activities = new ArrayList<>();
        ok(get(user, "/api/work-queue")).forEach(item -> {
            if (item.get("taskId").asText().equals(taskId)) {
                activities.add(item.get("activity").asText());
            }
        });
        return activities;
    }

    /** The user's open work item of that activity for that task; fails naming what the queue holds instead. */
    public JsonNode workItem(String user, String taskId, String activity) {
        for (JsonNode item : ok(get(user, "/api/work-queue"))) {
            if (item.get("taskId").asText().equals(taskId) && item.get("activity").asText().equals(activity)) {
                return item;
            }
        }
        throw new AssertionError(user + " has no " + activity + " for task " + taskId + ": "
                + workItems(user, taskId));
    }

    /** Drafts and issues a task list of the demo plan: one assignment per organization, same item and targets. */
    public List<String> issueTaskList(String itemCode, Map<String, Number> targets, LocalDate dueDate,
                                      String... organizations) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (String organization : organizations) {
            assignments.add(Map.of("itemCode", itemCode, "organization", organization, "targets", targets,
                    "weight", 1));
        }
        String id = ok(post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕" + System.nanoTime() + "号", "title", "测试交办单",
                "dueDate", dueDate.toString(), "assignments", assignments))).get("id").asText();
        List<String> taskIds = new ArrayList<>();
        ok(post("office", "/api/task-lists/" + id + "/issue", null)).get("taskIds")
                .forEach(taskId -> taskIds.add(taskId.asText()));
        return taskIds;
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
        return exchange(user, "demo", method, path, body);
    }

    /** As a user with a password of their own (one registered by a test, not a demo user). */
    public ResponseEntity<JsonNode> exchange(String user, String password, HttpMethod method, String path,
                                             Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
