package cn.duban.ui.status;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.Actor;
import cn.duban.api.AssessTask;
import cn.duban.api.OrganizationType;
import cn.duban.api.RegisterOrganization;
import cn.duban.api.ReportProgress;
import cn.duban.api.ReviewGaps;
import cn.duban.api.Role;
import cn.duban.api.WithdrawTask;
import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.status.SentTask.Kind;
import cn.duban.ui.status.SentTask.Stage;
import cn.duban.ui.support.PostgresIntegrationTest;
import cn.duban.ui.workflow.TaskActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plan of six items, five issued to 64 organizations (about 270 tasks), worked along random paths with varied
 * figures, weights and scores; the board, the plan's roll-ups (none for the item issued to nobody) and the ranking
 * must match what the test works out from what it sent, now from the tables and as of moments before and after a
 * rectification from the event store.
 */
class StatusBoardIT extends PostgresIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant ISSUED_AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant WORKED_AT = Instant.parse("2026-03-05T01:00:00Z");
    private static final Instant RECTIFIED_AT = Instant.parse("2026-03-20T01:00:00Z");
    private static final Instant BEFORE_RECTIFICATION = Instant.parse("2026-03-19T00:00:00Z");
    private static final Instant AFTER_RECTIFICATION = Instant.parse("2026-03-21T00:00:00Z");
    private static final Instant JUDGED_AT = Instant.parse("2026-04-10T02:00:00Z");
    /** Overdue on the judging day, within its warning window, and far ahead. */
    private static final List<LocalDate> DUE_DATES = List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 12),
            LocalDate.of(2026, 6, 30));
    private static final List<BigDecimal> WEIGHTS = List.of(BigDecimal.ONE, BigDecimal.valueOf(2),
            new BigDecimal("0.5"));
    private static final int[] SCORES = {60, 70, 80, 90, 100};
    private static final String RECTIFIER = "linze";

    @Autowired
    TaskActions actions;

    @Autowired
    CommandGateway commands;

    private final Random random = new Random(20180531);
    private final List<SentTask> sent = new ArrayList<>();

    @Test
    void board_roll_ups_and_ranking_match_what_was_sent_now_and_as_of_before_and_after_a_rectification() {
        clock.set(ISSUED_AT);
        String plan = publishPlan();
        List<String> organizations = organizations();
        issue(plan, "SUM1", "stations", Kind.COUNT, organizations);
        issue(plan, "MIN1", "rate", Kind.PERCENT, organizations);
        issue(plan, "ALL1", "measures", Kind.MILESTONE, organizations);
        issue(plan, "SUM2", "trainings", Kind.COUNT, organizations);
        issue(plan, "ALL2", "center", Kind.MILESTONE, organizations.subList(0, 12));
        assertThat(sent).hasSizeGreaterThan(250);

        clock.set(WORKED_AT);
        sent.forEach(this::work);
        List<SentTask> before = sent.stream().map(SentTask::copy).toList();
        SentTask rectified = rectify();

        clock.set(JUDGED_AT);
        Map<String, String> names = names(organizations);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(board("office", plan, null))
                .containsExactlyElementsOf(Expected.organizations(sent, names, day(JUDGED_AT))));
        assertThat(planItems(plan, null)).containsExactly(
                Expected.planItem(sent, "SUM1", "SUM", BigDecimal.valueOf(900)),
                Expected.planItem(sent, "MIN1", "MIN", BigDecimal.valueOf(90)),
                Expected.planItem(sent, "ALL1", "ALL", BigDecimal.ONE),
                Expected.planItem(sent, "SUM2", "SUM", BigDecimal.valueOf(400)),
                Expected.planItem(sent, "ALL2", "ALL", BigDecimal.ONE));
        List<String> ranking = Expected.ranking(sent);
        assertThat(ranking.stream().map(line -> line.split("\\|")[0]).distinct().count())
                .as("the scores sent produce ties").isLessThan(ranking.size());
        assertThat(ranking(plan)).containsExactlyElementsOf(ranking);

        assertThat(board("auditor", plan, BEFORE_RECTIFICATION))
                .containsExactlyElementsOf(Expected.organizations(before, names, day(BEFORE_RECTIFICATION)));
        assertThat(board("auditor", plan, AFTER_RECTIFICATION))
                .containsExactlyElementsOf(Expected.organizations(sent, names, day(AFTER_RECTIFICATION)));
        assertThat(planItems(plan, BEFORE_RECTIFICATION)).first()
                .isEqualTo(Expected.planItem(before, "SUM1", "SUM", BigDecimal.valueOf(900)));
        assertThat(taskAsOf(rectified, BEFORE_RECTIFICATION)).isEqualTo("RECTIFYING");
        assertThat(taskAsOf(rectified, AFTER_RECTIFICATION)).isEqualTo("REPORTING");
        String rectifying = "/api/tasks?organization=" + RECTIFIER + "&status=RECTIFYING";
        assertThat(api.ok(api.get("auditor", rectifying + asOf(BEFORE_RECTIFICATION))).findValuesAsText("id"))
                .contains(rectified.id);
        assertThat(api.ok(api.get("auditor", rectifying + asOf(AFTER_RECTIFICATION))).findValuesAsText("id"))
                .doesNotContain(rectified.id);
        assertThat(board("office", plan, JUDGED_AT)).as("the store's answer for now is the tables' answer")
                .isEqualTo(board("office", plan, null));

        assertThat(board(RECTIFIER, plan, null)).as("a unit gets its own row only")
                .containsExactlyElementsOf(Expected.organizations(
                        sent.stream().filter(t -> t.organization.equals(RECTIFIER)).toList(), names, day(JUDGED_AT)));
        assertThat(board(RECTIFIER, plan, BEFORE_RECTIFICATION)).hasSize(1);
    }

    @Test
    void bad_moments_unknown_plans_and_units_asking_for_the_city_are_refused() {
        clock.set(ISSUED_AT);
        assertThat(status("office", "/api/status/organizations?workPlan=wp-2018&asOf=yesterday")).isEqualTo(400);
        assertThat(api.get("office", "/api/status/organizations?workPlan=wp-2018&asOf=yesterday").getBody()
                .at("/errors/0/field").asText()).isEqualTo("asOf");
        assertThat(status("office", "/api/status/plan-items?workPlan=wp-2018&asOf=2026-03-03T00:00:00Z"))
                .as("the future").isEqualTo(400);
        assertThat(status("office", "/api/status/organizations")).as("no plan").isEqualTo(400);
        assertThat(status("office", "/api/tasks?asOf=2026-03-03T00:00:00Z")).as("the future").isEqualTo(400);
        assertThat(status("office", "/api/status/organizations?workPlan=nope")).isEqualTo(404);
        assertThat(status("auditor", "/api/status/plan-items?workPlan=nope")).isEqualTo(404);
        assertThat(status("office", "/api/assessment/ranking?workPlan=nope")).isEqualTo(404);
        assertThat(status("office", "/api/status/organizations?workPlan=wp-2018&asOf=2017-01-01T00:00:00Z"))
                .as("the plan did not exist yet").isEqualTo(404);
        assertThat(status("linze", "/api/status/plan-items?workPlan=wp-2018")).isEqualTo(403);
        assertThat(status("linze", "/api/assessment/ranking?workPlan=wp-2018")).isEqualTo(403);
        assertThat(status("auditor", "/api/assessment/ranking?workPlan=wp-2018")).isEqualTo(200);
        assertThat(status(null, "/api/status/organizations?workPlan=wp-2018")).isEqualTo(401);
    }

    private String publishPlan() {
        List<Map<String, Object>> items = List.of(item("SUM1", "stations", "COUNT", 900, "SUM"),
                item("MIN1", "rate", "PERCENT", 90, "MIN"), item("ALL1", "measures", "MILESTONE", 1, "ALL"),
                item("SUM2", "trainings", "COUNT", 400, "SUM"), item("ALL2", "center", "MILESTONE", 1, "ALL"),
                // issued to nobody: the roll-up has no line for it
                item("SUM3", "halls", "COUNT", 50, "SUM"));
        String id = api.ok(api.post("office", "/api/work-plans", Map.of("year", 2026, "title", "状态看板测试要点",
                "issuer", "测试", "framework", "测试", "items", items))).get("id").asText();
        api.ok(api.post("office", "/api/work-plans/" + id + "/publish", null));
        return id;
    }

    private static Map<String, Object> item(String code, String indicator, String kind, int target, String rollup) {
        return Map.of("code", code, "category", "PRACTICAL_MATTER", "title", code, "indicators", List.of(Map.of(
                "code", indicator, "name", indicator, "unit", "个", "kind", kind, "comparator", "AT_LEAST",
                "target", target, "rollup", rollup)));
    }

    private static List<String> sampleOrganizations() {
        try (var in = StatusBoardIT.class.getResourceAsStream("/demo/organizations-sample.json")) {
            return new ObjectMapper().readTree(in).get("organizations")
                    .findValuesAsText("code");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 17 sample organizations with a unit user each, and 47 more registered here. Not every organization the API
     * lists: other tests in this JVM register some of their own.
     */
    private List<String> organizations() {
        List<String> codes = new ArrayList<>(api.ok(api.get("office", "/api/organizations")).findValuesAsText("code"));
        codes.retainAll(sampleOrganizations());
        CurrentActor.runAs(Actor.SYSTEM, () -> IntStream.rangeClosed(1, 47).forEach(i -> {
            String code = "sb-" + i;
            commands.sendAndWait(new RegisterOrganization(code, "测试基层工会" + i,
                    OrganizationType.GRASSROOTS_UNION, null));
            codes.add(code);
        }));
        assertThat(codes).contains(RECTIFIER).hasSize(64);
        return codes;
    }

    private void issue(String plan, String itemCode, String indicator, Kind kind, List<String> organizations) {
        List<SentTask> tasks = new ArrayList<>();
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (String organization : organizations) {
            BigDecimal target = switch (kind) {
                case COUNT -> BigDecimal.valueOf(4 + random.nextInt(9));
                case PERCENT -> BigDecimal.valueOf(80 + random.nextInt(16));
                case MILESTONE -> BigDecimal.ONE;
            };
            var task = new SentTask(organization, itemCode, indicator, kind, target,
                    WEIGHTS.get(random.nextInt(WEIGHTS.size())), DUE_DATES.get(random.nextInt(DUE_DATES.size())));
            tasks.add(task);
            assignments.add(Map.of("itemCode", itemCode, "organization", organization,
                    "targets", Map.of(indicator, target), "weight", task.weight, "dueDate", task.due.toString()));
        }
        String list = api.ok(api.post("office", "/api/task-lists", Map.of("workPlanId", plan,
                "number", "督交〔2026〕" + itemCode + "号", "title", itemCode, "dueDate", "2026-06-30",
                "assignments", assignments))).get("id").asText();
        List<String> ids = new ArrayList<>();
        api.ok(api.post("office", "/api/task-lists/" + list + "/issue", null)).get("taskIds")
                .forEach(id -> ids.add(id.asText()));
        for (int i = 0; i < tasks.size(); i++) {
            tasks.get(i).id = ids.get(i);
        }
        sent.addAll(tasks);
    }

    /** One task along a random path; the ALL2 milestones all get done, and the rectifier's SUM1 task gets a gap. */
    private void work(SentTask task) {
        int path = task.itemCode.equals("ALL2") ? 9
                : task.itemCode.equals("SUM1") && task.organization.equals(RECTIFIER) ? 5 : random.nextInt(10);
        if (path == 0) {
            return;
        }
        if (path == 1) {
            office(() -> actions.act(task.id, new WithdrawTask(task.id, "重复交办")));
            task.stage = Stage.WITHDRAWN;
            return;
        }
        unit(task, () -> actions.act(task.id, new AcknowledgeTask(task.id)));
        task.stage = Stage.ACKNOWLEDGED;
        if (path == 2) {
            return;
        }
        BigDecimal figure = path <= 5 ? partial(task) : full(task);
        unit(task, () -> actions.act(task.id, new ReportProgress(task.id, Map.of(task.indicator, figure), "进展",
                List.of())));
        task.stage = Stage.REPORTING;
        task.reported = figure;
        if (path <= 4) {
            return;
        }
        office(() -> actions.act(task.id, new ReviewGaps(task.id)));
        if (path == 5) {
            task.stage = Stage.RECTIFYING;
            return;
        }
        int score = SCORES[random.nextInt(SCORES.length)];
        office(() -> actions.act(task.id, new AssessTask(task.id, score, "考核")));
        task.stage = Stage.CLOSED;
        task.score = score;
    }

    private BigDecimal partial(SentTask task) {
        return switch (task.kind) {
            case COUNT -> BigDecimal.valueOf(random.nextInt(task.target.intValue()));
            case PERCENT -> BigDecimal.valueOf(40 + random.nextInt(task.target.intValue() - 40));
            case MILESTONE -> BigDecimal.ZERO;
        };
    }

    private BigDecimal full(SentTask task) {
        return switch (task.kind) {
            case COUNT -> task.target.add(BigDecimal.valueOf(random.nextInt(4)));
            case PERCENT -> task.target.add(BigDecimal.valueOf(random.nextInt(101 - task.target.intValue())));
            case MILESTONE -> BigDecimal.ONE;
        };
    }

    /** The unit answers its open gap over HTTP with the full figure. */
    private SentTask rectify() {
        SentTask task = sent.stream().filter(t -> t.organization.equals(RECTIFIER) && t.itemCode.equals("SUM1"))
                .findFirst().orElseThrow();
        clock.set(RECTIFIED_AT);
        api.ok(api.post(RECTIFIER, "/api/tasks/" + task.id + "/rectifications",
                Map.of("figures", Map.of(task.indicator, task.target), "narrative", "补齐")));
        task.stage = Stage.REPORTING;
        task.reported = task.target;
        return task;
    }

    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        await().untilAsserted(() -> {
            api.ok(api.get("office", "/api/organizations"))
                    .forEach(o -> names.put(o.get("code").asText(), o.get("name").asText()));
            assertThat(names).containsKeys(codes.toArray(String[]::new));
        });
        return names;
    }

    private List<String> board(String user, String plan, Instant asOf) {
        List<String> rows = new ArrayList<>();
        api.ok(api.get(user, "/api/status/organizations?workPlan=" + plan + asOf(asOf))).forEach(row -> rows.add(
                String.join("|", row.get("organization").asText(), row.get("name").asText(),
                        row.get("tasks").asText(), row.get("closed").asText(), row.get("overdue").asText(),
                        row.get("openGaps").asText(), number(row.get("completion")), number(row.get("score")),
                        row.get("light").asText())));
        return rows;
    }

    private List<String> planItems(String plan, Instant asOf) {
        List<String> lines = new ArrayList<>();
        api.ok(api.get("auditor", "/api/status/plan-items?workPlan=" + plan + asOf(asOf))).forEach(line ->
                lines.add(String.join("|", line.get("itemCode").asText(), line.get("indicator").asText(),
                        number(line.get("target")), number(line.get("reported")), number(line.get("completion")))));
        return lines;
    }

    private List<String> ranking(String plan) {
        List<String> lines = new ArrayList<>();
        api.ok(api.get("office", "/api/assessment/ranking?workPlan=" + plan))
                .forEach(line -> lines.add(line.get("rank").asText() + "|" + line.get("organization").asText()
                        + "|" + number(line.get("score"))));
        return lines;
    }

    private String taskAsOf(SentTask task, Instant asOf) {
        return api.ok(api.get("auditor", "/api/tasks/" + task.id + "?asOf=" + asOf))
                .get("status").asText();
    }

    private int status(String user, String path) {
        return api.get(user, path).getStatusCode().value();
    }

    private void unit(SentTask task, Runnable action) {
        CurrentActor.runAs(new Actor(task.organization, task.organization, EnumSet.of(Role.UNIT)), action);
    }

    private void office(Runnable action) {
        CurrentActor.runAs(new Actor("office", null, EnumSet.of(Role.OFFICE)), action);
    }

    private static String asOf(Instant asOf) {
        return asOf == null ? "" : "&asOf=" + asOf;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    private static String number(JsonNode node) {
        return node == null || node.isNull() ? "null" : Expected.plain(new BigDecimal(node.asText()));
    }
}
