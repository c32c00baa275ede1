package cn.duban.ui.bench;

import cn.duban.DubanApplication;
import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.ui.support.TestDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The read side's figures at city scale (issue 10), not part of the test suite. Seeds {@code organizations} (1,000)
 * × 100 tasks over all loop states straight into the event store ({@link CityData}), lets the projections catch up,
 * then prints p50/p95/p99 over HTTP of the board now and as of a past instant, the roll-up, the ranking, a task, its
 * history and a page of tasks; then issues the largest task list the product takes (2,000 assignments) through the
 * API and times until all its tasks are listed and all their processes exist; then the rebuild's events/s. Run from the project's root (see
 * README, "Read side figures"; {@code -Dduban.bench.lists=0} seeds the organizations only and times the big list):
 * <pre>./mvnw -q install -DskipTests -Dfrontend.skip=true &amp;&amp; MAVEN_OPTS=-Xmx4g ./mvnw -q -pl ui test-compile exec:java
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.duban.ui.bench.ReadBenchmark [-Dduban.bench.organizations=1000]</pre>
 */
public final class ReadBenchmark {

    private static final int ORGANIZATIONS = Integer.getInteger("duban.bench.organizations", 1000);
    /** Task lists seeded: each gives every organization one task per plan item with indicators (10). */
    private static final int LISTS = Integer.getInteger("duban.bench.lists", 10);
    /** Each question is asked this often, or for this long, whichever ends first (as-of answers may be slow). */
    private static final int REQUESTS = 200;
    private static final Duration BUDGET = Duration.ofSeconds(40);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OFFICE = "Basic " + Base64.getEncoder().encodeToString(
            "office:demo".getBytes(StandardCharsets.UTF_8));

    private static String base;

    private ReadBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);   // else exec:java waits for Axon's non-daemon threads of the closed application
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        String url = TestDatabase.fresh("duban_bench_read");
        Path files = Files.createTempDirectory("duban-bench-read");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DubanApplication.class)
                .profiles("postgres").logStartupInfo(false).run("--server.port=0", "--logging.level.root=WARN",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.USER,
                        "--duban.rebuild.deadline=PT1H",
                        "--duban.data-dir=" + files)) {
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ReadSideProgress progress = app.getBean(ReadSideProgress.class);
            System.out.printf("read side, %s, %d cores, %d organizations × %d tasks%n", LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), ORGANIZATIONS, LISTS * 10);

            long seeding = System.nanoTime();
            CityData city = new CityData(app.getBean(EventStorageEngine.class),
                    app.getBean(TransactionTemplate.class), Instant.now());
            List<String> tasks = city.seed(ORGANIZATIONS, LISTS);
            double wrote = seconds(seeding);
            long projecting = System.nanoTime();
            if (!progress.await(progress.head(), Duration.ofHours(1))) {
                throw new IllegalStateException("the projections did not catch up within an hour");
            }
            double projected = seconds(projecting);
            System.out.printf("seeded through the event store: %,d events (%,d tasks) in %.1f s, the live projections "
                    + "working meanwhile; all applied %.1f s after the last was stored (%,.0f events/s over both)%n",
                    city.events(), tasks.size(), wrote, projected, city.events() / (wrote + projected));
            if (tasks.isEmpty()) {
                bigList(jdbc, progress);
                return;
            }

            Random random = new Random(2018);
            // a past instant the plan already existed at (the demo publishes it at start, the seeded events are
            // stamped months back): the as-of path folds every task event up to it, which is what costs
            Thread.sleep(1000);
            String past = Instant.now().minusMillis(500).toString();
            measure("board now", () -> "/api/status/organizations?workPlan=wp-2018");
            measure("board as of a past instant", () -> "/api/status/organizations?workPlan=wp-2018&asOf=" + past);
            measure("roll-up now", () -> "/api/status/plan-items?workPlan=wp-2018");
            measure("ranking now", () -> "/api/assessment/ranking?workPlan=wp-2018");
            measure("a task", () -> "/api/tasks/" + tasks.get(random.nextInt(tasks.size())));
            measure("a task's history", () -> "/api/tasks/" + tasks.get(random.nextInt(tasks.size())) + "/history");
            measure("a page of 50 tasks", () -> "/api/tasks?page=" + random.nextInt(tasks.size() / 50) + "&size=50");
            measure("a page of a unit's tasks", () -> "/api/tasks?organization=bench-%04d&page=0&size=50"
                    .formatted(random.nextInt(ORGANIZATIONS)));

            bigList(jdbc, progress);
            rebuild(jdbc);
        }
    }

    /**
     * The largest task list the product takes, issued through the API: 2,000 assignments (200 organizations × 10
     * items; a list of 10,000 is refused, "每张交办单最多 2000 项").
     */
    private static void bigList(JdbcTemplate jdbc, ReadSideProgress progress) throws Exception {
        int organizations = Math.min(ORGANIZATIONS, 200);
        StringBuilder assignments = new StringBuilder();
        String[][] items = {{"S1", "households_assisted"}, {"S2", "gaoyou_demo_studios"},
                {"S3", "volunteer_experts"}, {"S4", "love_stations"}, {"S5", "new_unions"},
                {"S6", "wage_bargaining_enterprises"}, {"S7", "mother_infant_rooms"},
                {"S8", "key_project_services"}, {"S9", "mutual_aid_members"}, {"S10", "township_union_windows"}};
        for (int i = 0; i < organizations; i++) {
            for (String[] item : items) {
                assignments.append(assignments.isEmpty() ? "" : ",").append("""
                        {"itemCode":"%s","organization":"bench-%04d","targets":{"%s":2},"weight":1}"""
                        .formatted(item[0], i, item[1]));
            }
        }
        String body = """
                {"workPlanId":"wp-2018","number":"督交〔2018〕大号","title":"两千项交办单","dueDate":"%s","assignments":[%s]}"""
                .formatted(LocalDate.now().plusMonths(3), assignments);
        long processesBefore = processes(jdbc);
        HttpResponse<String> drafted = send("POST", "/api/task-lists", body);
        if (drafted.statusCode() != 201) {
            throw new IllegalStateException("drafting the list answered " + drafted.statusCode() + ": "
                    + drafted.body());
        }
        String id = drafted.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long started = System.nanoTime();
        HttpResponse<String> issued = send("POST", "/api/task-lists/" + id + "/issue", null);
        double issuing = seconds(started);
        if (issued.statusCode() != 200) {
            throw new IllegalStateException("issuing the list answered " + issued.statusCode() + ": "
                    + issued.body());
        }
        int expected = organizations * items.length;
        while (!String.valueOf(expected).equals(send("GET", "/api/tasks?taskList=" + id + "&size=1", null)
                .headers().firstValue("X-Total-Count").orElse(""))) {
            Thread.sleep(100);
        }
        double visible = seconds(started);
        long processes = processes(jdbc) - processesBefore;
        System.out.printf("one list of %,d assignments: issued (answered) in %.1f s, all tasks listed after %.1f s,"
                + " %,d processes started with it%n", expected, issuing, visible, processes);
    }

    private static void rebuild(JdbcTemplate jdbc) throws Exception {
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        long started = System.nanoTime();
        HttpResponse<String> rebuilt = send("POST", "/api/audit/rebuild", null, "auditor");
        double took = seconds(started);
        System.out.printf("rebuild: %d answered in %.1f s, every projection replaying %,d events in turn: %,.0f "
                + "events/s per projection, identical: %s%n", rebuilt.statusCode(), took, events,
                events * 5 / took, !rebuilt.body().contains("\"identical\":false"));
    }

    /** Supervision processes running now (the task list's own process aside). */
    private static long processes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ "
                + "AND proc_def_id_ LIKE 'SupervisionTaskProcess:%'", Long.class);
    }

    private static void measure(String question, Supplier<String> path) throws Exception {
        for (int i = 0; i < 5; i++) {
            check(send("GET", path.get(), null), question);
        }
        List<Long> micros = new ArrayList<>();
        long until = System.nanoTime() + BUDGET.toNanos();
        while (micros.size() < REQUESTS && System.nanoTime() < until) {
            long started = System.nanoTime();
            check(send("GET", path.get(), null), question);
            micros.add((System.nanoTime() - started) / 1000);
        }
        micros.sort(null);
        System.out.printf("  %-28s p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  (%d requests)%n", question,
                percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), micros.size());
    }

    private static void check(HttpResponse<String> answer, String question) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(question + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1)) / 1000.0;
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, "office");
    }

    private static HttpResponse<String> send(String method, String path, String body, String user)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", user.equals("office") ? OFFICE : "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
