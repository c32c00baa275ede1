package cn.duban.ui;

import cn.duban.DubanApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pressure and a database outage never turn into wrong answers. The application runs on a PostgreSQL of its own
 * (so that it can be stopped without stopping the other tests' server) with a deliberately small pool of 4
 * connections: 64 concurrent clients get 200 or a quick 503 with Retry-After, never 401 and never 500; a write
 * answered 503 wrote nothing. While the database is down every request answers 503; once it answers again the node
 * serves writes and its projections catch up within seconds, without a restart. Prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverloadAndOutageIT {

    private static final int CLIENTS = 64;
    private static final int POOL = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path data;
    private static int port;
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("duban-outage-pg");
        port = freePort();
        database = postgres();
        try (Connection connection = database.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE duban");
        }
        Path files = Files.createTempDirectory("duban-outage");
        app = new SpringApplicationBuilder(DubanApplication.class).profiles("postgres").run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/duban",
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--spring.datasource.hikari.connection-timeout=1000",
                // admission wide open: this test is about the pool running dry
                "--duban.http.max-concurrent-requests=" + CLIENTS * 2,
                "--duban.evidence.directory=" + files.resolve("evidence"),
                "--duban.history.signing-key=" + files.resolve("keys/signing.pem"),
                "--duban.history.public-key=" + files.resolve("keys/signing.pub.pem"),
                "--duban.history.checkpoint-directory=" + files.resolve("checkpoints"));
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void sixty_four_clients_over_four_connections_get_answers_or_a_quick_503_never_401() throws Exception {
        long eventsBefore = events();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        List<Long> unavailableMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledgedWrites = new AtomicInteger();
        AtomicInteger notProblems = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
        for (int client = 0; client < CLIENTS; client++) {
            int number = client;
            done.add(clients.submit(() -> {
                for (int request = 0; request < 2; request++) {
                    boolean write = (number + request) % 4 == 0;
                    long started = System.nanoTime();
                    HttpResponse<String> answer = write
                            ? send("office", "POST", "/api/organizations", "{\"code\":\"load-" + number + "-"
                            + request + "\",\"name\":\"压力测试工会\",\"type\":\"GRASSROOTS_UNION\",\"parent\":\"jieshou\"}")
                            : send(number % 2 == 0 ? "jieshou" : "office", "GET", "/api/tasks", null);
                    counts.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() == 503) {
                        unavailableMillis.add((System.nanoTime() - started) / 1_000_000);
                        if (!answer.headers().firstValue("Retry-After").isPresent()
                                || !answer.headers().firstValue("Content-Type").orElse("")
                                .startsWith("application/problem+json")) {
                            notProblems.incrementAndGet();
                        }
                    }
                    if (write && answer.statusCode() == 201) {
                        acknowledgedWrites.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();
        statuses.putAll(counts);
        long p95 = percentile(unavailableMillis, 95);
        System.out.printf("pressure: %d requests by %d clients over a pool of %d: %s; 503 answered after p95 %d ms; "
                        + "%d writes acknowledged, %d events written%n", CLIENTS * 2, CLIENTS, POOL, statuses, p95,
                acknowledgedWrites.get(), events() - eventsBefore);

        assertThat(statuses.keySet()).as("only answers and 503s").isSubsetOf(200, 201, 503);
        assertThat(statuses).containsKey(200);
        assertThat(notProblems).as("every 503 is problem details with Retry-After").hasValue(0);
        // Hikari's default wait is 30 s; here a request may wait for a connection more than once (its account, then
        // its command) on two busy cores, and CI runs gave a p95 of 2.2 to 4.3 s: the bound is what the claim needs.
        assertThat(p95).as("a 503 comes quickly, not after a 30 s wait").isLessThan(10_000);
        assertThat(events() - eventsBefore).as("one event per acknowledged registration; a 503 wrote nothing")
                .isEqualTo(acknowledgedWrites.get());
    }

    @Test
    @Order(2)
    void during_an_outage_every_request_is_503_and_after_it_the_node_recovers_by_itself() throws Exception {
        database.close();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        Map<Integer, Integer> during = new TreeMap<>();
        while (System.nanoTime() < outageEnds) {
            HttpResponse<String> answer = send("office", "GET", "/api/task-lists", null);
            during.merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(send("office", "POST", "/api/task-lists", taskList("停库期间")).statusCode()).isEqualTo(503);
        HttpResponse<String> outOfService = send(null, "GET", "/actuator/health/readiness", null);
        assertThat(outOfService.statusCode()).as("readiness: %s", outOfService.body()).isEqualTo(503);
        assertThat(send(null, "GET", "/actuator/health/liveness", null).statusCode()).as("but alive").isEqualTo(200);

        database = postgres();
        long back = System.nanoTime();
        String list = null;
        while (list == null && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
            HttpResponse<String> answer = send("office", "POST", "/api/task-lists", taskList("恢复之后"));
            if (answer.statusCode() == 201) {
                list = answer.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            }
        }
        long written = (System.nanoTime() - back) / 1_000_000;
        assertThat(list).as("a write is acknowledged again").isNotNull();
        while (send("office", "GET", "/api/task-lists/" + list, null).statusCode() != 200
                && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
            Thread.onSpinWait();
        }
        long visible = (System.nanoTime() - back) / 1_000_000;
        System.out.printf("outage: %d s without the database, answers meanwhile %s; after it answered again: first "
                + "write acknowledged in %d ms, visible in its projection in %d ms%n", OUTAGE.toSeconds(), during,
                written, visible);

        assertThat(send("office", "GET", "/api/task-lists/" + list, null).statusCode()).isEqualTo(200);
        assertThat(send(null, "GET", "/actuator/health/readiness", null).body()).as("ready again")
                .contains("\"status\":\"UP\"");
        assertThat(written).as("writes are served within 5 s of the database answering, without a restart")
                .isLessThan(5_000);
        assertThat(visible).as("and the projections have caught up").isLessThan(6_000);
        HttpResponse<String> verified = send("auditor", "POST", "/api/audit/verify", "{}");
        assertThat(verified.body()).as("pressure and the outage left the history intact").contains("\"intact\":true");
    }

    private static EmbeddedPostgres postgres() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static String taskList(String title) {
        return """
                {"workPlanId":"wp-2018","number":"督交〔2018〕%d号","title":"%s","dueDate":"%s",
                 "assignments":[{"itemCode":"S4","organization":"jieshou","targets":{"love_stations":1},"weight":1}]}"""
                .formatted(System.nanoTime(), title, LocalDate.now().plusMonths(2));
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) { // a probe sends no credentials
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Events other than login records (which the first Basic login of each user and address writes). */
    private static long events() {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE "
                + "payload_type NOT IN ('cn.duban.api.UserLoggedIn', 'cn.duban.api.LoginFailed', "
                + "'cn.duban.api.UserLoggedOut', 'cn.duban.api.AccountLocked')", Long.class);
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
