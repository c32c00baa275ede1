package cn.duban.ui.bench;

import cn.duban.DubanApplication;
import cn.duban.ui.support.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write path's figures (issue 9), not part of the test suite: complete supervision lifecycles driven over HTTP
 * against Duban on PostgreSQL, and the same loop of user tasks and a gateway on a plain Camunda 7 engine (history
 * FULL, no Axon, in-process), interleaved, with 1, 4 and 16 clients; medians of three windows after a warm-up.
 * A lifecycle: issue a one-assignment task list, acknowledge, report below target, gap review (gaps), rectify, gap
 * review (none), assess. Then, with one client and a fixed count of lifecycles, WAL bytes and records and rows written
 * per table per lifecycle. Run from the project's root (see README, "Write path figures"):
 * <pre>./mvnw -q install -DskipTests -Dfrontend.skip=true &amp;&amp; ./mvnw -q -pl ui test-compile exec:java
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.duban.ui.bench.WriteBenchmark</pre>
 */
public final class WriteBenchmark {

    static final Duration WARM_UP = Duration.ofSeconds(4);
    static final Duration WINDOW = Duration.ofSeconds(6);
    static final int ROUNDS = 3;
    static final int[] CLIENTS = {1, 4, 16};
    static final int COUNTED_LIFECYCLES = 40;

    private WriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dubanUrl = TestDatabase.fresh("duban_bench_write");
        String camundaUrl = TestDatabase.fresh("duban_bench_camunda");
        Path files = Files.createTempDirectory("duban-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DubanApplication.class)
                .profiles("postgres").logStartupInfo(false).run("--server.port=0", "--logging.level.root=WARN",
                        "--spring.datasource.url=" + dubanUrl, "--spring.datasource.username=" + TestDatabase.USER,
                        "--duban.evidence.directory=" + files.resolve("evidence"),
                        "--duban.history.signing-key=" + files.resolve("keys/signing.pem"),
                        "--duban.history.public-key=" + files.resolve("keys/signing.pub.pem"),
                        "--duban.history.checkpoint-directory=" + files.resolve("checkpoints"))) {
            ProcessEngine camunda = plainCamunda(camundaUrl);
            try {
                DubanLifecycle duban = new DubanLifecycle("http://localhost:"
                        + app.getEnvironment().getProperty("local.server.port"));
                Lifecycle baseline = new CamundaLifecycle(camunda);
                System.out.printf("write path, %s, %d cores%n", java.time.LocalDate.now(),
                        Runtime.getRuntime().availableProcessors());
                for (int clients : CLIENTS) {
                    Load.run(duban, clients, WARM_UP);
                    Load.run(baseline, clients, WARM_UP);
                    List<Load.Result> dubanRounds = new ArrayList<>();
                    List<Load.Result> baselineRounds = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        dubanRounds.add(Load.run(duban, clients, WINDOW));
                        baselineRounds.add(Load.run(baseline, clients, WINDOW));
                    }
                    Load.Result d = Load.median(dubanRounds);
                    Load.Result b = Load.median(baselineRounds);
                    System.out.printf("%2d clients: Duban %s%n            Camunda FULL %s%n            ratio "
                            + "Duban/Camunda %.2f%n", clients, d, b, d.lifecyclesPerSecond() / b.lifecyclesPerSecond());
                    d.actions().forEach((action, latency) -> System.out.printf("            %-16s %s%n", action,
                            latency));
                }
                System.out.println("per lifecycle, " + COUNTED_LIFECYCLES + " lifecycles by one client:");
                System.out.println("  Duban        " + Writes.measure(jdbc(dubanUrl), duban, COUNTED_LIFECYCLES));
                System.out.println("  Camunda FULL " + Writes.measure(jdbc(camundaUrl), baseline,
                        COUNTED_LIFECYCLES));
                readYourWrites(duban);
            } finally {
                camunda.close();
            }
        }
        System.exit(0);
    }

    /** How long a read right after the caller's own write waits for the projections (README, "Read your writes"). */
    private static void readYourWrites(DubanLifecycle duban) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < COUNTED_LIFECYCLES; i++) {
            millis.add(duban.readAfterIssue() / 1_000_000);
        }
        millis.sort(null);
        System.out.printf("read after own write, %d issues by one client: p50 %d ms, p95 %d ms, max %d ms"
                        + " (a stale read stops the run)%n", millis.size(), millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.USER, ""));
    }

    /** The same loop as SupervisionTaskProcess's main path, as plain user tasks and one gateway. */
    static ProcessEngine plainCamunda(String url) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(url);
        config.setJdbcUsername(TestDatabase.USER);
        config.setJdbcPassword("");
        config.setJdbcDriver("org.postgresql.Driver");
        config.setJdbcMaxActiveConnections(24);
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        ProcessEngine engine = config.buildProcessEngine();
        BpmnModelInstance loop = Bpmn.createExecutableProcess("BenchLoop").camundaHistoryTimeToLive(180)
                .startEvent("Start")
                .userTask("Acknowledge").camundaCandidateGroups("${unit}")
                .userTask("Report").camundaCandidateGroups("${unit}")
                .userTask("GapReview").camundaCandidateGroups("office")
                .exclusiveGateway("GapsFound")
                .condition("gaps", "${gapsFound}").userTask("Rectify").camundaCandidateGroups("${unit}")
                .connectTo("GapReview")
                .moveToNode("GapsFound").condition("none", "${!gapsFound}")
                .userTask("Assess").camundaCandidateGroups("office")
                .endEvent("Closed").done();
        engine.getRepositoryService().createDeployment().addModelInstance("bench-loop.bpmn", loop).deploy();
        return engine;
    }

    static Map<String, Object> unit(String unit) {
        return Map.of("unit", "unit:" + unit);
    }
}
