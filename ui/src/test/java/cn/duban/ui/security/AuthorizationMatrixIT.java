package cn.duban.ui.security;

import cn.duban.api.Actor;
import cn.duban.api.EscalateTask;
import cn.duban.ui.evidence.EvidenceFiles;
import cn.duban.ui.paperwork.Workbooks;
import cn.duban.ui.support.ApiContract;
import cn.duban.ui.support.ApiContract.Caller;
import cn.duban.ui.support.ApiContract.Endpoint;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of docs/API.md's table × every caller: a role, a unit on its own organization's task, a unit on
 * another's, and no credentials. Allowed calls succeed on a task in the state the action needs (so a refusal below is
 * about who, never about state); refused calls answer 401/403 (404 for work items) and leave the event store and the
 * process engine's open work items as they were. A unit's reads contain only its own organization.
 */
class AuthorizationMatrixIT extends PostgresIntegrationTest {

    private static final Map<String, Number> TARGETS = Map.of("love_stations", 3, "station_measures", 1);
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway commands;

    /** A request ready to send: the concrete path (ids filled in) and its body. */
    private record Call(String path, Object body) {
    }

    /** A file sent as multipart {@code file} instead of a JSON body. */
    private record Upload(String name, byte[] content) {
    }

    private enum State { ISSUED, ACKNOWLEDGED, REPORTING, RECTIFYING, EXTENSION_REQUESTED, ASSESSING }

    @Test
    void every_endpoint_of_the_contract_has_a_scenario_here() {
        assertThat(ApiContract.endpoints()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(endpoint -> assertThat(scenarios()).containsKey(endpoint.toString()));
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_caller_as_the_contract_says() {
        Map<String, Function<Caller, Call>> scenarios = scenarios();
        return ApiContract.endpoints().stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller ->
                DynamicTest.dynamicTest(endpoint + " as " + caller, () ->
                        check(endpoint, caller, scenarios.get(endpoint.toString()).apply(caller)))));
    }

    private void check(Endpoint endpoint, Caller caller, Call call) {
        long events = eventCount();
        long allEvents = allEventCount();
        long workItems = openWorkItems();
        ResponseEntity<JsonNode> answer = send(caller, endpoint.method(), call);
        int status = answer.getStatusCode().value();
        if (caller == Caller.ANONYMOUS || !endpoint.access().allowed().contains(caller)) {
            int refusal = caller == Caller.ANONYMOUS ? 401 : endpoint.access().refusal();
            assertThat(status).as("%s %s as %s: %s", endpoint.method(), call.path(), caller, answer.getBody())
                    .isEqualTo(refusal);
            assertThat(eventCount()).as("a refused call records no event").isEqualTo(events);
            if (caller == Caller.ANONYMOUS) {
                assertThat(allEventCount()).as("a call without credentials records no login either")
                        .isEqualTo(allEvents);
            }
            assertThat(openWorkItems()).as("a refused call moves no process").isEqualTo(workItems);
            return;
        }
        assertThat(answer.getStatusCode().is2xxSuccessful())
                .as("%s %s as %s: %s %s", endpoint.method(), call.path(), caller, status, answer.getBody()).isTrue();
        if (caller.isUnit() && endpoint.access().unitsSeeOwnOnly()) {
            assertThat(answer.getBody().findValuesAsText("organization"))
                    .as("a unit sees only its own organization").isNotEmpty().allMatch(caller.organization::equals);
        }
    }

    /** The answer as bytes (a download is no JSON), read as JSON where it is. */
    private ResponseEntity<JsonNode> send(Caller caller, String method, Call call) {
        if (call.body() instanceof Upload upload) {
            return api.upload(caller.user, call.path(), upload.name(), upload.content());
        }
        TestRestTemplate client = caller.user == null ? http : http.withBasicAuth(caller.user, "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> answer = client.exchange(call.path(), HttpMethod.valueOf(method),
                new HttpEntity<>(call.body(), headers), byte[].class);
        MediaType type = answer.getHeaders().getContentType();
        boolean json = type != null && type.getSubtype().endsWith("json") && answer.getBody() != null;
        try {
            JsonNode body = json ? JSON.readTree(answer.getBody()) : JSON.createObjectNode();
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + call.path(), e);
        }
    }

    /** For each endpoint, the state it acts on, made fresh for each caller so that only "who" can refuse. */
    private Map<String, Function<Caller, Call>> scenarios() {
        Map<String, Function<Caller, Call>> s = new HashMap<>();
        s.put("GET /api/me", c -> new Call("/api/me", null));
        s.put("GET /api/organizations", c -> new Call("/api/organizations", null));
        s.put("POST /api/organizations", c -> new Call("/api/organizations", Map.of("code", "matrix-" + unique(),
                "name", "矩阵测试基层工会", "type", "GRASSROOTS_UNION", "parent", "jieshou")));
        s.put("GET /api/work-plans", c -> new Call("/api/work-plans", null));
        s.put("GET /api/work-plans/{id}", c -> new Call("/api/work-plans/wp-2018", null));
        s.put("POST /api/work-plans", c -> new Call("/api/work-plans", plan()));
        s.put("POST /api/work-plans/{id}/publish", c -> new Call("/api/work-plans/" + draftPlan() + "/publish", null));
        s.put("POST /api/task-lists", c -> new Call("/api/task-lists", taskList()));
        s.put("POST /api/task-lists/{id}/issue", c -> new Call("/api/task-lists/" + draftTaskList() + "/issue", null));
        s.put("GET /api/task-lists", c -> new Call("/api/task-lists", null));
        s.put("GET /api/task-lists/{id}", c -> new Call("/api/task-lists/" + taskListOf(task(State.ISSUED)), null));
        s.put("GET /api/tasks", c -> {
            tasksOfBothUnits();
            return new Call("/api/tasks", null);
        });
        s.put("GET /api/tasks/{id}", c -> new Call("/api/tasks/" + task(State.ISSUED), null));
        s.put("GET /api/tasks/{id}/history", c -> new Call("/api/tasks/" + task(State.ISSUED) + "/history", null));
        s.put("POST /api/tasks/{id}/acknowledge", c -> action(State.ISSUED, "acknowledge", null));
        s.put("POST /api/tasks/{id}/reports", c -> action(State.ACKNOWLEDGED, "reports",
                Map.of("figures", Map.of("love_stations", 1), "narrative", "建成1家")));
        s.put("POST /api/tasks/{id}/urges", c -> action(State.ISSUED, "urges", Map.of("message", "请抓紧签收")));
        s.put("POST /api/tasks/{id}/extension-requests", c -> action(State.ACKNOWLEDGED, "extension-requests",
                Map.of("dueDate", LocalDate.now(clock).plusMonths(9).toString(), "reason", "选址调整")));
        s.put("POST /api/tasks/{id}/extension-decisions", c -> action(State.EXTENSION_REQUESTED,
                "extension-decisions", Map.of("approved", true, "comment", "同意")));
        s.put("POST /api/tasks/{id}/gap-reviews", c -> action(State.REPORTING, "gap-reviews", null));
        s.put("POST /api/tasks/{id}/rectifications", c -> action(State.RECTIFYING, "rectifications",
                Map.of("figures", TARGETS, "narrative", "已补齐")));
        s.put("POST /api/tasks/{id}/assessment", c -> action(State.ASSESSING, "assessment",
                Map.of("score", 90, "comment", "按期完成")));
        s.put("POST /api/tasks/{id}/withdraw", c -> action(State.ISSUED, "withdraw", Map.of("reason", "重复交办")));
        s.put("GET /api/work-queue", c -> new Call("/api/work-queue", null));
        s.put("GET /api/work-queue/{id}/form", c -> new Call("/api/work-queue/" + acknowledgeItem() + "/form", null));
        s.put("POST /api/work-queue/{id}/complete", c -> new Call("/api/work-queue/" + acknowledgeItem()
                + "/complete", Map.of("confirmed", true)));
        s.put("GET /api/status/organizations", c -> {
            tasksOfBothUnits();
            return new Call("/api/status/organizations?workPlan=wp-2018", null);
        });
        s.put("GET /api/status/plan-items", c -> new Call("/api/status/plan-items?workPlan=wp-2018", null));
        s.put("GET /api/assessment/ranking", c -> new Call("/api/assessment/ranking?workPlan=wp-2018", null));
        s.put("GET /api/audit/events", c -> new Call("/api/audit/events?limit=20", null));
        s.put("POST /api/audit/rebuild", c -> new Call("/api/audit/rebuild", null));
        extensions(s);
        return s;
    }

    /** The endpoints of contract/extensions.md. */
    private void extensions(Map<String, Function<Caller, Call>> s) {
        s.put("PUT /api/work-plans/{id}", c -> new Call("/api/work-plans/" + draftPlan(), plan()));
        s.put("POST /api/work-plans/{id}/amendments", c -> {
            String plan = draftPlan();
            api.ok(api.post("office", "/api/work-plans/" + plan + "/publish", null));
            return new Call("/api/work-plans/" + plan + "/amendments", Map.of("items", plan().get("items"),
                    "reason", "市委补充部署"));
        });
        s.put("POST /api/tasks/{id}/evidence", c -> new Call("/api/tasks/" + task(State.ACKNOWLEDGED) + "/evidence",
                new Upload("现场.png", EvidenceFiles.image("png"))));
        s.put("GET /api/tasks/{id}/evidence/{storageKey}", c -> {
            String task = task(State.ACKNOWLEDGED);
            String key = api.ok(api.upload(Caller.OWN_UNIT.user, "/api/tasks/" + task + "/evidence", "现场.png",
                    EvidenceFiles.image("png"))).get("storageKey").asText();
            return new Call("/api/tasks/" + task + "/evidence/" + key, null);
        });
        s.put("GET /api/audit/logins", c -> new Call("/api/audit/logins?limit=20", null));
        s.put("GET /api/users", c -> new Call("/api/users", null));
        s.put("POST /api/users", c -> new Call("/api/users", account("matrix" + unique())));
        s.put("PUT /api/users/{username}/roles", c -> new Call("/api/users/" + user() + "/roles",
                Map.of("roles", List.of("OFFICE"))));
        s.put("PUT /api/users/{username}/password", c -> new Call("/api/users/" + user() + "/password",
                Map.of("password", "Xin-Mima-2019")));
        s.put("POST /api/users/{username}/disable", c -> new Call("/api/users/" + user() + "/disable",
                Map.of("reason", "调离")));
        s.put("POST /api/users/{username}/enable", c -> {
            String user = user();
            api.ok(api.post("admin", "/api/users/" + user + "/disable", Map.of("reason", "借调")));
            return new Call("/api/users/" + user + "/enable", null);
        });
        s.put("POST /api/audit/verify", c -> new Call("/api/audit/verify", Map.of()));
        s.put("GET /api/audit/checkpoints", c -> new Call("/api/audit/checkpoints", null));
        s.put("POST /api/audit/checkpoints", c -> new Call("/api/audit/checkpoints", null));
        s.put("GET /api/audit/checkpoints/{id}", c -> new Call("/api/audit/checkpoints/"
                + api.ok(api.post("auditor", "/api/audit/checkpoints", null)).get("id").asLong(), null));
        s.put("GET /api/audit/public-key", c -> new Call("/api/audit/public-key", null));
        s.put("GET /api/audit/dead-letters", c -> new Call("/api/audit/dead-letters", null));
        paperwork(s);
        notifications(s);
    }

    /** Imports take a workbook as the office fills it; the paperwork reads a plan with tasks of both units. */
    private void paperwork(Map<String, Function<Caller, Call>> s) {
        s.put("GET /api/work-plans/import-template", c -> new Call("/api/work-plans/import-template", null));
        s.put("POST /api/work-plans/import", c -> new Call("/api/work-plans/import", new Upload("计划.xlsx",
                api.download("office", "/api/work-plans/wp-2018/workbook").getBody())));
        s.put("GET /api/work-plans/{id}/workbook", c -> new Call("/api/work-plans/wp-2018/workbook", null));
        s.put("GET /api/task-lists/import-template", c ->
                new Call("/api/task-lists/import-template?workPlan=wp-2018", null));
        s.put("POST /api/task-lists/import", c -> new Call("/api/task-lists/import",
                new Upload("交办单.xlsx", Workbooks.edit(api.download("office",
                        "/api/task-lists/import-template?workPlan=wp-2018").getBody(), book -> {
                    Workbooks.cell(book.getSheet("交办单"), 2, 1).setCellValue("督交〔2018〕" + unique() + "号");
                    Workbooks.cell(book.getSheet("交办单"), 3, 1).setCellValue("矩阵测试交办单");
                    Workbooks.cell(book.getSheet("交办单"), 4, 1).setCellValue("2018-12-31");
                    Workbooks.cell(book.getSheet("任务分解"), 1, 0).setCellValue("S4");
                    Workbooks.cell(book.getSheet("任务分解"), 1, 1).setCellValue(Caller.OWN_UNIT.user);
                    Workbooks.cell(book.getSheet("任务分解"), 1, 2).setCellValue(1);
                }))));
        s.put("GET /api/paperwork/register", c -> {
            tasksOfBothUnits();
            return new Call("/api/paperwork/register?workPlan=wp-2018", null);
        });
        s.put("GET /api/paperwork/status", c -> new Call("/api/paperwork/status?workPlan=wp-2018", null));
        s.put("GET /api/paperwork/ranking", c -> new Call("/api/paperwork/ranking?workPlan=wp-2018", null));
        s.put("GET /api/paperwork/task-lists/{id}", c -> new Call("/api/paperwork/task-lists/"
                + taskListOf(task(State.ISSUED)), null));
        s.put("GET /api/paperwork/task-lists/{id}/paper", c -> new Call("/api/paperwork/task-lists/"
                + taskListOf(task(State.ISSUED)) + "/paper", null));
        String period = "workPlan=wp-2018&from=" + LocalDate.now(clock).minusDays(7) + "&to=" + LocalDate.now(clock);
        s.put("GET /api/paperwork/bulletin", c -> new Call("/api/paperwork/bulletin?" + period, null));
        s.put("GET /api/paperwork/bulletin/paper", c -> new Call("/api/paperwork/bulletin/paper?" + period, null));
    }

    /** The message centre's endpoints and the contact details notifications go to. */
    private void notifications(Map<String, Function<Caller, Call>> s) {
        s.put("GET /api/notifications", c -> {
            urgedTasksOfBothUnits();
            return new Call("/api/notifications", null);
        });
        s.put("GET /api/notifications/unread-count", c -> new Call("/api/notifications/unread-count", null));
        s.put("POST /api/notifications/{id}/read", c -> new Call("/api/notifications/" + notificationFor(c)
                + "/read", null));
        s.put("POST /api/notifications/read-all", c -> {
            urgedTasksOfBothUnits();
            return new Call("/api/notifications/read-all", null);
        });
        s.put("GET /api/notifications/deliveries", c -> new Call("/api/notifications/deliveries", null));
        s.put("PUT /api/users/{username}/contact", c -> new Call("/api/users/" + user() + "/contact",
                Map.of("email", "matrix@example.cn")));
        s.put("GET /api/me/contact", c -> new Call("/api/me/contact", null));
        s.put("PUT /api/me/contact", c -> new Call("/api/me/contact", Map.of()));
    }

    /** An urge for each unit, in their message centres, so that a unit's answer has another's to leave out. */
    private void urgedTasksOfBothUnits() {
        for (String task : api.issueTaskList("S4", TARGETS, LocalDate.now(clock).plusMonths(6),
                Caller.OWN_UNIT.user, Caller.OTHER_UNIT.user)) {
            api.act("office", task, "urges", Map.of("message", "请抓紧签收"));
        }
        readSide.caughtUp();
    }

    /**
     * A message addressed to the caller: an escalation (raised as the process's timer would) for the office, an
     * urge for a unit; the own unit's for callers addressed by none.
     */
    private String notificationFor(Caller caller) {
        String reader = caller == Caller.OFFICE || caller == Caller.OTHER_UNIT ? caller.user : Caller.OWN_UNIT.user;
        String task = api.issueTaskList("S4", TARGETS, LocalDate.now(clock).plusMonths(6),
                caller == Caller.OTHER_UNIT ? Caller.OTHER_UNIT.user : Caller.OWN_UNIT.user).get(0);
        if (caller == Caller.OFFICE) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EscalateTask(task, "单位逾期未签收"))
                    .andMetaData(Actor.PROCESS.toMetaData()));
        } else {
            api.act("office", task, "urges", Map.of("message", "请抓紧签收"));
        }
        readSide.caughtUp();
        // Every page, not the first: messages are newest first by the events' instants, and a test before this one
        // may have moved the clock ahead and left the reader messages dated later than this one.
        JsonNode items;
        int offset = 0;
        do {
            items = api.ok(api.get(reader, "/api/notifications?unread=true&limit=100&offset=" + offset)).get("items");
            for (JsonNode message : items) {
                if (message.get("taskId").asText().equals(task)) {
                    return message.get("id").asText();
                }
            }
            offset += items.size();
        } while (!items.isEmpty());
        throw new AssertionError("no message about " + task + " for " + reader);
    }

    private static Map<String, Object> account(String username) {
        return Map.of("username", username, "password", "Jiandu-2018", "roles", List.of("AUDITOR"));
    }

    /** A new login account, registered by the administrator. */
    private String user() {
        String username = "matrix" + unique();
        api.ok(api.post("admin", "/api/users", account(username)));
        return username;
    }

    private Call action(State state, String action, Object body) {
        return new Call("/api/tasks/" + task(state) + "/" + action, body);
    }

    /**
     * A task for each unit, once the read side has them: a unit's filtered answer then has rows of its own and
     * another's to leave out, so "only its own" cannot pass on an empty answer.
     */
    private void tasksOfBothUnits() {
        List<String> tasks = api.issueTaskList("S4", TARGETS, LocalDate.now(clock).plusMonths(6),
                Caller.OWN_UNIT.user, Caller.OTHER_UNIT.user);
        await().until(() -> api.ok(api.get("office", "/api/tasks")).findValuesAsText("id").containsAll(tasks));
    }

    /** A new task of the own unit, driven by the office and the unit themselves to the given state. */
    private String task(State state) {
        String task = api.issueTaskList("S4", TARGETS, LocalDate.now(clock).plusMonths(6),
                Caller.OWN_UNIT.user).get(0);
        String unit = Caller.OWN_UNIT.user;
        if (state == State.ISSUED) {
            return task;
        }
        api.act(unit, task, "acknowledge", null);
        switch (state) {
            case EXTENSION_REQUESTED -> api.act(unit, task, "extension-requests", Map.of("dueDate",
                    LocalDate.now(clock).plusMonths(9).toString(), "reason", "选址调整"));
            case REPORTING -> api.act(unit, task, "reports", Map.of("figures", Map.of("love_stations", 1),
                    "narrative", "建成1家"));
            case RECTIFYING -> {
                api.act(unit, task, "reports", Map.of("figures", Map.of("love_stations", 1), "narrative", "建成1家"));
                api.act("office", task, "gap-reviews", null);
            }
            case ASSESSING -> {
                api.act(unit, task, "reports", Map.of("figures", TARGETS, "narrative", "全部完成"));
                api.act("office", task, "gap-reviews", null);
            }
            default -> {
            }
        }
        return task;
    }

    /** The task's list, once its projection has caught up (lists are read from a table, not the stream). */
    private String taskListOf(String task) {
        String list = api.ok(api.get("office", "/api/tasks/" + task)).get("taskListId").asText();
        await().until(() -> api.get("office", "/api/task-lists/" + list).getStatusCode().is2xxSuccessful());
        return list;
    }

    private String acknowledgeItem() {
        return api.workItem(Caller.OWN_UNIT.user, task(State.ISSUED), "Task_Acknowledge").get("id").asText();
    }

    private String draftPlan() {
        return api.ok(api.post("office", "/api/work-plans", plan())).get("id").asText();
    }

    private ObjectNode plan() {
        try (InputStream in = getClass().getResourceAsStream("/demo/work-plan-2018.json")) {
            ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(in);
            plan.remove("_about");
            plan.put("year", 2030 + unique() % 60);
            plan.put("title", "矩阵测试工作要点 " + unique());
            return plan;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> taskList() {
        return Map.of("workPlanId", "wp-2018", "number", "督交〔2018〕矩阵" + unique() + "号", "title", "矩阵测试交办单",
                "dueDate", LocalDate.now(clock).plusMonths(6).toString(), "assignments", List.of(Map.of(
                        "itemCode", "S4", "organization", Caller.OWN_UNIT.user, "targets", TARGETS, "weight", 1)));
    }

    private String draftTaskList() {
        return api.ok(api.post("office", "/api/task-lists", taskList())).get("id").asText();
    }

    private long openWorkItems() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task", Long.class);
    }

    private static int unique() {
        return UNIQUE.incrementAndGet();
    }
}
