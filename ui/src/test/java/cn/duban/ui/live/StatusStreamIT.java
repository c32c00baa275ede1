package cn.duban.ui.live;

import cn.duban.DubanApplication;
import cn.duban.audit.HashAlgorithm;
import cn.duban.ui.evidence.EvidenceFiles;
import cn.duban.ui.support.Api;
import cn.duban.ui.support.PostgresIntegrationTest;
import cn.duban.ui.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A status board hears which task changed once the read side has it; a unit hears only of its own tasks. A second
 * node on the same database (started once for the tests that need it) hears changes made on this one, and serves the
 * evidence files uploaded through this one, and the other way round.
 */
class StatusStreamIT extends PostgresIntegrationTest {

    @Autowired
    StatusStream stream;

    @Autowired
    ObjectMapper json;

    @Value("${spring.datasource.url}")
    String url;

    private final HttpClient client = HttpClient.newHttpClient();

    /** The second node, once a test has started it; stopped after the last test of this class. */
    private static ConfigurableApplicationContext other;

    @AfterAll
    static void stopOtherNode() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void the_office_and_a_unit_hear_of_a_change_after_the_read_model_has_it() throws Exception {
        List<String> tasks = api.issueTaskList("S7", Map.of("mother_infant_rooms", 2), LocalDate.of(2026, 12, 31),
                "jieshou", "linze");
        String own = tasks.get(0);
        String other = tasks.get(1);
        int before = stream.size();
        Listener office = listen("office");
        Listener unit = listen("jieshou");
        await().until(() -> stream.size() == before + 2);

        api.act("jieshou", own, "acknowledge", null);

        JsonNode change = await().until(() -> office.find(own, "TaskAcknowledged"), found -> found != null);
        assertThat(change.get("organization").asText()).isEqualTo("jieshou");
        assertThat(change.get("position").asLong()).isPositive();
        assertThat(change.get("projection").asText()).isNotBlank();
        await().until(() -> unit.find(own, "TaskAcknowledged") != null);
        // the change is announced after the read model committed it
        assertThat(jdbc.queryForObject("SELECT status FROM task_progress WHERE id = ?", String.class, own))
                .isIn("ACKNOWLEDGED");

        api.act("linze", other, "acknowledge", null);
        await().until(() -> office.find(other, "TaskAcknowledged") != null);
        // one sender writes every stream in order: once this later change reached the unit, the other one passed it
        api.ok(api.post("jieshou", "/api/tasks/" + own + "/reports",
                Map.of("figures", Map.of("mother_infant_rooms", 1), "narrative", "开展活动1次")));
        await().until(() -> unit.find(own, "ProgressReported") != null);
        assertThat(unit.changes).extracting(node -> node.get("organization").asText()).containsOnly("jieshou");
        assertThat(unit.changes).extracting(node -> node.get("taskId").asText()).doesNotContain(other);

        office.close();
        unit.close();
    }

    @Test
    void a_stream_whose_client_went_away_is_dropped() throws Exception {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 3), LocalDate.of(2026, 12, 31),
                "sanduo").get(0);
        Listener office = listen("auditor");
        api.act("sanduo", task, "acknowledge", null);
        // One sender writes each change to every stream in turn: once this one has reached the listener, streams other
        // tests' clients left behind have been written to, and dropped.
        await().until(() -> office.find(task, "TaskAcknowledged") != null);
        int open = stream.size();

        office.close();
        api.act("office", task, "urges", Map.of("message", "请加快"));
        api.ok(api.post("sanduo", "/api/tasks/" + task + "/reports",
                Map.of("figures", Map.of("mother_infant_rooms", 1), "narrative", "开展活动1次")));

        await().until(() -> stream.size() == open - 1);
    }

    /**
     * A second node on the same database that takes no share of the work, so its projections hold no segment (this
     * node holds them all): a board connected to it hears of a change made through this node and projected here, by
     * PostgreSQL's NOTIFY.
     */
    @Test
    void a_board_on_another_node_hears_a_change_made_and_projected_on_this_one() throws Exception {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 2), LocalDate.of(2026, 12, 31),
                "xiejia").get(0);
        ConfigurableApplicationContext other = otherNode();
        URI otherNode = URI.create(rootOf(other) + "/api/status/stream");
        StatusStream otherStreams = other.getBean(StatusStream.class);
        Listener office = listen("office", otherNode);
        await().until(() -> otherStreams.size() == 1);

        api.act("xiejia", task, "acknowledge", null);

        await().until(() -> office.find(task, "TaskAcknowledged") != null);
        assertThat(other.getBean(EventProcessingConfiguration.class)
                .eventProcessor("task-progress", StreamingEventProcessor.class).orElseThrow().processingStatus())
                .as("the other node projected nothing: it heard the change").isEmpty();
        office.close();
    }

    /**
     * The evidence store is the shared database, not a node's folder: the other node has a folder of its own, empty,
     * and still serves a file uploaded here (over several chunks), digest checked, and this node one uploaded there.
     */
    @Test
    void an_evidence_file_uploaded_through_one_node_downloads_through_another() {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 2), LocalDate.of(2026, 12, 31),
                "xiejia").get(0);
        api.act("xiejia", task, "acknowledge", null);
        Api otherApi = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(rootOf(otherNode()))));
        String evidence = "/api/tasks/" + task + "/evidence";

        byte[] minutes = EvidenceFiles.pdf(1_200_000);
        String here = api.ok(api.upload("xiejia", evidence, "会议纪要.pdf", minutes)).get("storageKey").asText();
        assertServed(otherApi.download("office", evidence + "/" + here), minutes);

        byte[] photo = EvidenceFiles.image("png");
        String there = otherApi.ok(otherApi.upload("xiejia", evidence, "现场.png", photo)).get("storageKey").asText();
        assertServed(api.download("auditor", evidence + "/" + there), photo);
    }

    private static void assertServed(ResponseEntity<byte[]> download, byte[] content) {
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(content);
        assertThat(download.getHeaders().getFirst("X-Evidence-Digest")).as("served after its digest was checked")
                .isEqualTo("SHA-256=" + HexFormat.of().formatHex(HashAlgorithm.SHA_256.digest().digest(content)));
    }

    /**
     * A second node on the same database that takes no share of the work, so its projections hold no segment (this
     * node holds them all), with an evidence folder of its own; started at its first use, kept for the other tests of this class.
     */
    private ConfigurableApplicationContext otherNode() {
        if (other == null) {
            Path folder;
            try {
                folder = Files.createTempDirectory("duban-evidence-other-node");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            other = new SpringApplicationBuilder(DubanApplication.class)
                    .profiles("postgres").run("--server.port=0", "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + TestDatabase.USER,
                            "--camunda.bpm.job-execution.enabled=false",
                            "--duban.cluster.share-work=false",
                            // as on this node: the tests dispatch notifications themselves
                            "--duban.notifications.dispatch-interval=PT1H",
                            "--duban.evidence.directory=" + folder,
                            "--duban.history.signing-key=" + HISTORY.resolve("keys/signing.pem"),
                            "--duban.history.public-key=" + HISTORY.resolve("keys/signing.pub.pem"),
                            "--duban.history.checkpoint-directory=" + HISTORY.resolve("checkpoints"));
        }
        clock.set(clock.instant()); // the other node pointed Axon's JVM-wide event clock at its own
        return other;
    }

    private static String rootOf(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void only_the_office_auditors_and_units_may_listen() throws Exception {
        HttpResponse<Void> admin = client.send(request("admin"), HttpResponse.BodyHandlers.discarding());
        assertThat(admin.statusCode()).isEqualTo(403);
        HttpResponse<Void> anonymous = client.send(HttpRequest.newBuilder(uri()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private Listener listen(String user) throws Exception {
        return listen(user, uri());
    }

    private Listener listen(String user, URI stream) throws Exception {
        HttpResponse<InputStream> response = client.send(request(user, stream),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return new Listener(response.body());
    }

    private HttpRequest request(String user) {
        return request(user, uri());
    }

    private HttpRequest request(String user, URI stream) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(stream).header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream").build();
    }

    private URI uri() {
        return URI.create(http.getRootUri() + "/api/status/stream");
    }

    /** Reads {@code data:} lines of the stream on its own thread until the stream is closed. */
    private final class Listener {

        final List<JsonNode> changes = new CopyOnWriteArrayList<>();
        private final InputStream body;

        Listener(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "sse-listener");
            reader.setDaemon(true);
            reader.start();
        }

        JsonNode find(String taskId, String type) {
            return changes.stream().filter(change -> change.get("taskId").asText().equals(taskId)
                    && change.get("type").asText().equals(type)).findFirst().orElse(null);
        }

        void close() throws IOException {
            body.close();
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        changes.add(json.readTree(line.substring("data:".length())));
                    }
                }
            } catch (IOException e) {
                if (!(e.getMessage() != null && e.getMessage().contains("closed"))) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
