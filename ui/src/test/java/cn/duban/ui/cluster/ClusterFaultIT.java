package cn.duban.ui.cluster;

import cn.duban.ui.evidence.EvidenceFiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite of README "Several nodes": two Duban nodes as processes of their own on one PostgreSQL of the
 * test's own (so that it can be stopped), loopback only. The same action at both nodes at once wins once; evidence
 * uploaded through one node downloads through the other; the process
 * timers fire once across nodes; a node killed with {@code kill -9} under load loses no acknowledged write and its
 * segments are taken over within a bound; a database stop and start under load loses nothing and both nodes recover
 * by themselves; a rebuild runs on one node while the other lets go, and a second one is refused; at the end every
 * task's process agrees with its events and the projections equal a fold of the store. Prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

    /** The claim timeout (10 s), the node timeout (6 s) and the coordinators' claim interval, with room to spare. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(30);
    private static final Duration LOAD = Duration.ofSeconds(12);
    private static final List<String> UNITS = List.of("jieshou", "linze", "sanduo", "tangzhuang", "xiejia",
            "longqiu", "songqiao", "chelu");
    /** Short process timers, so that the reminder and the escalation fall due while the suite runs. */
    private static final List<String> SETTINGS = List.of("--duban.workflow.acknowledge-reminder=PT4S",
            "--duban.workflow.acknowledge-escalation=PT8S", "--duban.http.max-concurrent-requests=64");

    private static Path home;
    private static Path data;
    private static int port;
    private static EmbeddedPostgres database;
    private static String url;
    private static JdbcTemplate jdbc;
    private static Node first;
    private static Node second;
    /** Tasks issued unacknowledged at the start, for the timers. */
    private static List<String> waiting;

    @BeforeAll
    static void start() throws Exception {
        home = Files.createTempDirectory("duban-cluster");
        data = Files.createTempDirectory("duban-cluster-pg");
        port = freePort();
        database = postgres();
        try (Connection connection = database.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE duban");
        }
        url = "jdbc:postgresql://127.0.0.1:" + port + "/duban";
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        first = Node.start("first", url, home, SETTINGS);   // alone first: it loads the demo data
        second = Node.start("second", url, home, SETTINGS);
        waiting = first.api().issueTaskList("S7", Map.of("mother_infant_rooms", 1), LocalDate.now().plusMonths(3),
                UNITS.subList(0, 4).toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void the_nodes_share_the_segments_of_every_processor() {
        long started = System.nanoTime();
        awaitTrue(Duration.ofSeconds(30), "each node holds half the segments", () -> balanced(first, second));
        System.out.printf("cluster: 2 nodes hold %s of the segments of %d processors, %.1f s after the second was "
                + "ready%n", shares(), segmented().size(), seconds(started));
    }

    @Test
    @Order(2)
    void the_same_action_at_both_nodes_at_once_wins_once() throws Exception {
        List<String> tasks = first.api().issueTaskList("S4", Map.of("love_stations", 2),
                LocalDate.now().plusMonths(3), UNITS.toArray(String[]::new));
        for (String task : tasks) {
            awaitTrue(Duration.ofSeconds(10), "both nodes know task " + task, () ->
                    first.api().get("office", "/api/tasks/" + task).getStatusCode().value() == 200
                            && second.api().get("office", "/api/tasks/" + task).getStatusCode().value() == 200);
        }
        Map<String, Integer> answers = new TreeMap<>();
        ExecutorService both = Executors.newFixedThreadPool(2);
        for (int i = 0; i < tasks.size(); i++) {
            String task = tasks.get(i);
            String unit = UNITS.get(i);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> fired = new ArrayList<>();
            for (Node node : List.of(first, second)) {
                fired.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return node.api().post(unit, "/api/tasks/" + task + "/acknowledge", null).getStatusCode()
                            .value();
                }, both));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (CompletableFuture<Integer> answer : fired) {
                codes.add(answer.get(30, TimeUnit.SECONDS));
            }
            codes.sort(null);
            answers.merge(codes.toString(), 1, Integer::sum);
            assertThat(codes).as("task %s: one wins, the other is told it lost", task).containsExactly(200, 409);
            assertThat(events(task, "TaskAcknowledged")).as("one acknowledgement of %s", task).isEqualTo(1);
        }
        both.shutdown();
        System.out.printf("race: %d tasks acknowledged at both nodes at once, answers %s, one event each%n",
                tasks.size(), answers);
    }

    @Test
    @Order(3)
    void evidence_uploaded_through_one_node_downloads_through_the_other() {
        String task = first.api().issueTaskList("S4", Map.of("love_stations", 1), LocalDate.now().plusMonths(3),
                "zhoushan").get(0);
        first.api().act("zhoushan", task, "acknowledge", null);
        byte[] minutes = EvidenceFiles.pdf(1_500_000);
        String key = first.api().ok(first.api().upload("zhoushan", "/api/tasks/" + task + "/evidence",
                "会议纪要.pdf", minutes)).get("storageKey").asText();

        ResponseEntity<byte[]> served = second.api().download("office", "/api/tasks/" + task + "/evidence/" + key);

        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getBody()).isEqualTo(minutes);
        System.out.printf("evidence: %d bytes uploaded through one node, the same bytes downloaded through the "
                + "other%n", minutes.length);
    }

    @Test
    @Order(4)
    void each_reminder_and_escalation_fires_once_across_the_nodes() {
        awaitTrue(Duration.ofSeconds(60), "every waiting task escalated", () -> waiting.stream()
                .allMatch(task -> events(task, "TaskEscalated") >= 1));
        sleep(Duration.ofSeconds(3));   // a second firing, if there were one, would land now
        for (String task : waiting) {
            assertThat(events(task, "TaskReminded")).as("reminders of %s", task).isEqualTo(1);
            assertThat(events(task, "TaskEscalated")).as("escalations of %s", task).isEqualTo(1);
        }
        System.out.printf("timers: %d unacknowledged tasks on 2 job executors: 1 reminder and 1 escalation each%n",
                waiting.size());
    }

    @Test
    @Order(5)
    void a_node_killed_under_load_loses_no_acknowledged_write_and_its_segments_are_taken_over() throws Exception {
        Load load = new Load(List.of(first, second), tasksForLoad());
        load.start(8);
        sleep(Duration.ofSeconds(4));
        long before = load.acknowledged();
        long killed = System.nanoTime();
        first.kill();
        load.drop(first);
        awaitTrue(TAKEOVER_BOUND, "the survivor holds every segment", () -> holdsAll(second));
        double takeover = seconds(killed);
        sleep(LOAD.minus(Duration.ofSeconds(4)));
        load.stop();
        long lost = load.lost();
        System.out.printf("kill -9: %d writes acknowledged (%d before the kill), %d lost; segments taken over in "
                + "%.1f s; answers %s%n", load.acknowledged(), before, lost, takeover, load.answers());

        assertThat(load.acknowledged()).as("writes were acknowledged after the kill").isGreaterThan(before);
        assertThat(lost).as("acknowledged writes missing from the store").isZero();

        long restarted = System.nanoTime();
        first = Node.start("first", url, home, SETTINGS);
        awaitTrue(Duration.ofSeconds(30), "the restarted node takes its share back", () -> balanced(first, second));
        System.out.printf("restart: the killed node served again and held its share %.1f s after its start%n",
                seconds(restarted));
    }

    @Test
    @Order(6)
    void a_database_stop_and_start_under_load_loses_nothing_and_both_nodes_recover() throws Exception {
        Load load = new Load(List.of(first, second), tasksForLoad());
        load.start(8);
        sleep(Duration.ofSeconds(3));
        database.close();
        sleep(Duration.ofSeconds(8));
        long during = load.acknowledged();
        database = postgres();
        long back = System.nanoTime();
        awaitTrue(Duration.ofSeconds(30), "both nodes ready again", () -> first.ready() && second.ready());
        double ready = seconds(back);
        sleep(Duration.ofSeconds(5));
        load.stop();
        long lost = load.lost();
        System.out.printf("database stop and start: %d writes acknowledged (%d by the end of the outage), %d lost; "
                + "both nodes ready %.1f s after the database; answers %s%n", load.acknowledged(), during, lost,
                ready, load.answers());

        assertThat(load.unexpected()).as("503 during the outage, never a bare 500").isEmpty();
        assertThat(load.acknowledged()).as("writes acknowledged after the database came back").isGreaterThan(during);
        assertThat(lost).as("acknowledged writes missing from the store").isZero();
    }

    @Test
    @Order(7)
    void a_rebuild_runs_on_one_node_the_other_lets_go_and_a_second_rebuild_is_refused() throws Exception {
        awaitTrue(Duration.ofSeconds(30), "shares settled after the outage", () -> balanced(first, second));
        CompletableFuture<ResponseEntity<JsonNode>> rebuild = CompletableFuture.supplyAsync(() ->
                first.api().post("auditor", "/api/audit/rebuild", null));
        awaitTrue(Duration.ofSeconds(10), "the lease taken", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM rebuild_lease WHERE holder IS NOT NULL", Integer.class) == 1);
        ResponseEntity<JsonNode> elsewhere = second.api().post("auditor", "/api/audit/rebuild", null);
        long started = System.nanoTime();
        awaitTrue(Duration.ofSeconds(20), "the other node let go", () -> holdsNone(second) || rebuild.isDone());
        double letGo = seconds(started);
        ResponseEntity<JsonNode> rebuilt = rebuild.get(5, TimeUnit.MINUTES);

        assertThat(elsewhere.getStatusCode().value()).as("a second rebuild on the other node").isEqualTo(409);
        assertThat(rebuilt.getStatusCode().value()).as("%s", rebuilt.getBody()).isEqualTo(200);
        List<String> different = new ArrayList<>();
        rebuilt.getBody().get("projections").forEach(report -> {
            if (!report.get("identical").asBoolean()) {
                different.add(report.get("name").asText());
            }
        });
        awaitTrue(Duration.ofSeconds(30), "the other node takes its share again", () -> balanced(first, second));
        long disagreeing = processesDisagreeingWithEvents();
        JsonNode verified = second.api().ok(second.api().post("auditor", "/api/audit/verify", Map.of()));
        System.out.printf("rebuild: %d projections replayed on one node (the other let go in %.1f s), %d not "
                        + "identical; a second rebuild answered %d; %d of %d tasks whose process disagrees with "
                        + "their events; history intact: %s%n", rebuilt.getBody().get("projections").size(), letGo,
                different.size(), elsewhere.getStatusCode().value(), disagreeing, tasks(), verified.get("intact"));

        assertThat(different).as("projections that differ from a fold of the store").isEmpty();
        assertThat(disagreeing).as("tasks whose process disagrees with their events").isZero();
        assertThat(verified.get("intact").asBoolean()).isTrue();
    }

    /** One task per unit for each load client to act on: acknowledged, then reported on again and again. */
    private static List<Load.Work> tasksForLoad() {
        List<String> tasks = first.api().issueTaskList("S4", Map.of("love_stations", 5),
                LocalDate.now().plusMonths(3), UNITS.toArray(String[]::new));
        List<Load.Work> work = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            work.add(new Load.Work(tasks.get(i), UNITS.get(i)));
        }
        return work;
    }

    /**
     * For every task the read side knows: a finished task has no running supervision process, an open one exactly
     * one, and a task still waiting for its acknowledgement has that work item open.
     */
    private static long processesDisagreeingWithEvents() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM (
                  SELECT t.id, t.status,
                    (SELECT COUNT(*) FROM act_ru_execution e WHERE e.business_key_ = t.id AND e.id_ = e.proc_inst_id_
                       AND e.proc_def_id_ LIKE 'SupervisionTaskProcess:%') AS processes,
                    (SELECT COUNT(*) FROM act_ru_task w JOIN act_ru_execution e ON e.id_ = w.proc_inst_id_
                       WHERE e.business_key_ = t.id AND w.task_def_key_ = 'Task_Acknowledge') AS acknowledging
                  FROM task_progress t) checked
                WHERE (status IN ('CLOSED', 'WITHDRAWN') AND processes <> 0)
                   OR (status NOT IN ('CLOSED', 'WITHDRAWN') AND processes <> 1)
                   OR ((status = 'ISSUED') <> (acknowledging = 1))""", Long.class);
    }

    private static long tasks() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM task_progress", Long.class);
    }

    static long events(String aggregate, String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Long.class, aggregate, "cn.duban.api." + type);
    }

    /** Processors split into more than one segment, with their segment counts. */
    private static Map<String, Integer> segmented() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("SELECT processor_name, COUNT(*) FROM token_entry GROUP BY processor_name HAVING COUNT(*) > 1",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                });
        return counts;
    }

    /** Every split processor's segments held half by one node and half by the other. */
    private static boolean balanced(Node one, Node other) {
        Map<String, Integer> segmented = segmented();
        return !segmented.isEmpty() && segmented.entrySet().stream().allMatch(processor ->
                held(processor.getKey(), one) == (processor.getValue() + 1) / 2
                        && held(processor.getKey(), other) == processor.getValue() / 2
                        || held(processor.getKey(), one) == processor.getValue() / 2
                        && held(processor.getKey(), other) == (processor.getValue() + 1) / 2);
    }

    private static boolean holdsAll(Node node) {
        Map<String, Integer> segmented = segmented();
        return !segmented.isEmpty() && segmented.entrySet().stream()
                .allMatch(processor -> held(processor.getKey(), node) == processor.getValue());
    }

    /** Whether the node holds no segment of any projection (the processors that a rebuild replays). */
    private static boolean holdsNone(Node node) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE owner LIKE ? AND processor_name IN "
                + "('task-progress', 'notifications', 'work-plans', 'task-lists', 'organizations')", Integer.class,
                node.owner() + "%") == 0;
    }

    private static int held(String processor, Node node) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ? AND owner LIKE ?",
                Integer.class, processor, node.owner() + "%");
    }

    private static Map<String, Integer> shares() {
        Map<String, Integer> held = new TreeMap<>();
        jdbc.query("SELECT owner, COUNT(*) FROM token_entry WHERE owner IS NOT NULL GROUP BY owner", row -> {
            held.put(row.getString(1).startsWith(first.owner()) ? "first" : "second", row.getInt(2));
        });
        return held;
    }

    static void awaitTrue(Duration limit, String what, BooleanSupplier condition) {
        long until = System.nanoTime() + limit.toNanos();
        while (!quietly(condition)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** A condition that cannot be asked now (the database or a node away) is not met yet. */
    private static boolean quietly(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static EmbeddedPostgres postgres() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
