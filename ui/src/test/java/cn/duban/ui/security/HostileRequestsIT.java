package cn.duban.ui.security;

import cn.duban.ui.evidence.EvidenceFiles;
import cn.duban.ui.support.ApiContract;
import cn.duban.ui.support.ApiContract.Endpoint;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the contract with a body or a path id, sent what an attacker or a broken client sends: malformed
 * JSON, a key twice, a NUL, another control character or a lone surrogate in each string, key and path id, a string
 * past its field's limit, numbers out of range or not finite, values of the wrong type, bodies to actions that take
 * none, paths the firewall refuses. Each answer must be a 4xx problem detail (never 2xx, never 5xx), and the event
 * store, the process engine's open work items and the read tables must not change. The counts are printed at the
 * end; any breach fails the test that met it, naming the request.
 */
class HostileRequestsIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT = "jieshou";
    private static final String PLACEHOLDER = "\"@@hostile@@\"";
    private static final Set<String> NO_BODY_ACTIONS = Set.of("acknowledge", "gap-reviews", "publish", "enable");

    /** Raw JSON text put in place of one string (as JSON escapes, so the server's parser meets the character). */
    private static final Map<String, String> HOSTILE_TEXT = Map.of(
            "NUL", "\"a\\u0000b\"",
            "a control character", "\"a\\u001bb\"",
            "DEL", "\"a\\u007fb\"",
            "a lone high surrogate", "\"a\\ud800b\"",
            "a lone low surrogate", "\"\\udc00\"",
            "a string past every limit", "\"" + "长".repeat(5000) + "\"");

    /** Raw JSON in place of one number or one yes/no. */
    private static final Map<String, String> HOSTILE_NUMBER = Map.of(
            "1e400", "1e400", "-1e400", "-1e400", "1e13", "1e13", "1e-400", "1e-400",
            "a number as text", "\"12\"", "a boolean for a number", "true", "an object", "{}");

    private static final Map<String, String> HOSTILE_BOOLEAN = Map.of(
            "text for a boolean", "\"yes\"", "a number for a boolean", "1", "1e400 for a boolean", "1e400");

    private static final Map<String, String> HOSTILE_PATH_ID = Map.of(
            "an encoded NUL", "a%00b", "an encoded control character", "a%01b", "an encoded DEL", "a%7Fb",
            "an encoded lone surrogate", "%ED%A0%80", "a traversal", "..%2f..", "an encoded slash", "a%2Fb",
            "an encoded backslash", "a%5Cb", "a session id", "x;jsessionid=1", "a dot segment", "%2e%2e",
            "an over-long id", "x".repeat(4000));

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger NOT_PROBLEMS = new AtomicInteger();
    private static final AtomicInteger EVENTS_WRITTEN = new AtomicInteger();
    private static final AtomicInteger CHANGES = new AtomicInteger();

    /**
     * One browser session per user, logged in once: HTTP Basic would run bcrypt on every one of the requests, and
     * the refusals under test are the same behind either login.
     */
    private static final Map<String, HttpClient> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> breaches = new ArrayList<>();

    private String task;
    private String draftList;
    private String draftPlan;
    private String user;
    private String workItem;

    @BeforeEach
    void theThingsToAttack() {
        task = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.now(clock).plusMonths(6), UNIT).get(0);
        String issued = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.now(clock).plusMonths(6),
                UNIT).get(0);
        workItem = api.workItem(UNIT, issued, "Task_Acknowledge").get("id").asText();
        api.act(UNIT, task, "acknowledge", null);
        draftList = api.ok(api.post("office", "/api/task-lists", taskList())).get("id").asText();
        draftPlan = api.ok(api.post("office", "/api/work-plans", plan())).get("id").asText();
        user = "hostile" + System.nanoTime();
        api.ok(api.post("admin", "/api/users", Map.of("username", user, "password", "Jiandu-2018",
                "roles", List.of("AUDITOR"))));
        // the read side settles before anything is counted: a row that lands late is no change a refusal made
        readSide.caughtUp();
    }

    @AfterAll
    static void printTheCounts() {
        System.out.printf("hostile input: %d requests, %d × 5xx, %d × 2xx, %d events written, %d non-problem answers,"
                        + " %d changes of work items or rows%n", REQUESTS.get(), SERVER_ERRORS.get(), ACCEPTED.get(),
                EVENTS_WRITTEN.get(), NOT_PROBLEMS.get(), CHANGES.get());
        assertThat(List.of(SERVER_ERRORS.get(), ACCEPTED.get(), EVENTS_WRITTEN.get(), NOT_PROBLEMS.get(),
                CHANGES.get())).as("5xx, 2xx, events, non-problems, changes").containsOnly(0);
    }

    /** The bodies below cover every endpoint of the contract that takes one; this keeps them in step. */
    @Test
    void every_endpoint_with_a_body_or_a_path_id_is_attacked() {
        Set<String> attacked = bodies().keySet();
        List<String> missing = ApiContract.endpoints().stream()
                .filter(e -> !e.method().equals("GET") && !NO_BODY.contains(e.toString())
                        && !FILE_UPLOADS.contains(e.toString()))
                .map(Endpoint::toString).filter(e -> !attacked.contains(e)).toList();
        assertThat(missing).as("endpoints with a body that no hostile body is sent to").isEmpty();
        assertThat(ApiContract.endpoints().stream().filter(e -> e.path().contains("{")).map(Endpoint::toString)
                .filter(e -> !pathTemplates().containsKey(e)).toList())
                .as("endpoints with a path id that no hostile id is sent to").isEmpty();
    }

    @Test
    void hostile_strings_keys_and_numbers_in_every_body_are_refused_and_change_nothing() {
        bodies().forEach((endpoint, call) -> {
            for (String path : leaves(call.body())) {
                JsonNode leaf = call.body().at(path);
                Map<String, String> attacks = leaf.isTextual() ? HOSTILE_TEXT : leaf.isNumber() ? HOSTILE_NUMBER
                        : leaf.isBoolean() ? HOSTILE_BOOLEAN : Map.of();
                attacks.forEach((what, raw) -> send(call.user(), call.method(), call.path(),
                        replaced(call.body(), path, raw), endpoint + " with " + what + " at " + path, true));
            }
            for (String path : objects(call.body())) {
                for (String attack : List.of("a\\u0000b", "\\ud800", "x\\u0001")) {
                    send(call.user(), call.method(), call.path(), withKey(call.body(), path, attack),
                            endpoint + " with a key " + attack + " in " + path, true);
                }
                send(call.user(), call.method(), call.path(), duplicated(call.body(), path),
                        endpoint + " with a key twice in " + path, true);
            }
        });
        assertNoBreach();
    }

    @Test
    void malformed_bodies_are_refused_everywhere_and_change_nothing() {
        Map<String, String> malformed = Map.of("cut short", "{\"a\": ", "not JSON", "narrative=x",
                "an array", "[]", "a string", "\"x\"", "trailing garbage", "{}}", "a comment", "{/* x */}",
                "an unquoted key", "{a: 1}", "single quotes", "{'a': 1}");
        byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        bodies().forEach((endpoint, call) -> {
            malformed.forEach((what, body) -> send(call.user(), call.method(), call.path(), body,
                    endpoint + " " + what, true));
            sendBytes(call.user(), call.method(), call.path(), badUtf8, endpoint + " in broken UTF-8", false);
        });
        noBodyActions().forEach((endpoint, call) -> {
            malformed.forEach((what, body) -> send(call.user(), "POST", call.path(), body, endpoint + " " + what,
                    true));
            send(call.user(), "POST", call.path(), "{\"score\": 100}", endpoint + " with a body it does not take",
                    true);
        });
        assertNoBreach();
    }

    @Test
    void hostile_path_ids_and_query_parameters_are_refused_and_change_nothing() {
        pathTemplates().forEach((endpoint, call) -> HOSTILE_PATH_ID.forEach((what, id) -> {
            String path = call.path().replace("{id}", id);
            send(call.user(), call.method(), path, call.method().equals("GET") ? null : "{}",
                    endpoint + " with " + what, false);
        }));
        for (String query : List.of("organization=a%00b", "status=%01", "taskList=%ED%A0%80", "asOf=%00",
                "asOf=1e400", "organization=" + "x".repeat(3000), "organization=a&organization=b%00")) {
            send("office", "GET", "/api/tasks?" + query, null, "GET /api/tasks?" + query, false);
        }
        for (String query : List.of("workPlan=wp%00", "workPlan=%ED%A0%80", "workPlan=wp-2018&asOf=x%01")) {
            for (String path : List.of("/api/status/organizations", "/api/status/plan-items",
                    "/api/assessment/ranking")) {
                send("office", "GET", path + "?" + query, null, "GET " + path + "?" + query, false);
            }
        }
        for (String query : List.of("aggregate=a%00", "limit=1e400", "after=-1e400", "limit=%00", "after=x")) {
            send("auditor", "GET", "/api/audit/events?" + query, null, "GET /api/audit/events?" + query, false);
        }
        assertNoBreach();
    }

    @Test
    void a_nul_in_the_work_plan_or_an_organization_of_a_task_list_is_a_400_naming_it() {
        ObjectNode list = JSON.valueToTree(taskList());
        list.put("workPlanId", "wp-2018\u0000");
        assertThat(refusal("office", "POST", "/api/task-lists", list.toString())).containsExactly("workPlanId");
        ObjectNode organization = JSON.valueToTree(taskList());
        ((ObjectNode) organization.get("assignments").get(0)).put("organization", "jieshou\u0000");
        assertThat(refusal("office", "POST", "/api/task-lists", organization.toString()))
                .containsExactly("assignments[0].organization");
        assertThat(refusal(UNIT, "POST", "/api/tasks/" + task + "/reports",
                "{\"figures\": {\"love_stations\": 1, \"love_stations\": 2}, \"narrative\": \"x\"}"))
                .containsExactly("figures.love_stations");
        assertThat(refusal(UNIT, "POST", "/api/tasks/" + task + "/reports",
                "{\"figures\": {\"love_stations\": 1e400}, \"narrative\": \"x\"}"))
                .containsExactly("figures.love_stations");
        assertNoBreach();
    }

    @Test
    void a_password_past_72_bytes_is_a_400_naming_it_and_logging_in_with_one_is_a_401() {
        ObjectNode account = JSON.valueToTree(Map.of("username", "long" + System.nanoTime(),
                "password", "密码".repeat(13), "roles", List.of("AUDITOR")));
        assertThat(refusal("admin", "POST", "/api/users", account.toString())).containsExactly("password");
        HttpResponse<String> login = basic("office", "x".repeat(100), "GET", "/api/me", null);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(401);
        assertThat(login.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
    }

    @Test
    void a_long_evidence_file_name_is_a_400_naming_the_file() {
        for (String name : List.of("a".repeat(1000) + ".png", "长".repeat(1000) + ".png", "a".repeat(10_000) + ".png",
                "a\u0000.png", "a\u0001.png")) {
            long events = eventCount();
            var answer = api.upload(UNIT, "/api/tasks/" + task + "/evidence", name, EvidenceFiles.image("png"));
            REQUESTS.incrementAndGet();
            assertThat(answer.getStatusCode().value()).as("%s: %s", name.length(), answer.getBody()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
            assertThat(eventCount()).isEqualTo(events);
        }
    }

    @Test
    void another_units_action_on_a_task_in_the_wrong_state_is_403_not_409() {
        for (String action : List.of("acknowledge", "rectifications")) {
            String body = action.equals("acknowledge") ? null
                    : "{\"figures\": {\"love_stations\": 3}, \"narrative\": \"补齐\"}";
            HttpResponse<String> answer = basic("linze", "demo", "POST", "/api/tasks/" + task + "/" + action, body);
            assertThat(answer.statusCode()).as(action + ": " + answer.body()).isEqualTo(403);
        }
    }

    private List<String> refusal(String user, String method, String path, String body) {
        HttpResponse<String> answer = send(user, method, path, body, method + " " + path, true);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        try {
            return JSON.readTree(answer.body()).get("errors").findValuesAsText("field");
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    /** Sends one hostile request and records what it broke; {@code names} asks for a problem naming the field. */
    private HttpResponse<String> send(String user, String method, String path, String body, String what,
                                      boolean names) {
        return sendBytes(user, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), what, names);
    }

    private HttpResponse<String> sendBytes(String user, String method, String path, byte[] body, String what,
                                      boolean names) {
        long events = eventCount();
        long state = state();
        HttpResponse<String> answer = exchangeBytes(user, method, path, body);
        REQUESTS.incrementAndGet();
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        Consumer<String> breach = why -> breaches.add(what + ": " + why + " (" + status + " " + abbreviated(answer
                .body()) + ")");
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
            breach.accept("a server error");
        } else if (status < 400) {
            ACCEPTED.incrementAndGet();
            breach.accept("accepted");
        }
        if (!type.startsWith("application/problem+json")) {
            NOT_PROBLEMS.incrementAndGet();
            breach.accept("not a problem detail: " + type);
        } else if (names && status == 400 && !answer.body().contains("\"errors\"")) {
            breach.accept("a 400 that names no field");
        }
        long written = eventCount() - events;
        if (written != 0) {
            EVENTS_WRITTEN.addAndGet((int) written);
            breach.accept(written + " events written");
        }
        if (state() != state) {
            CHANGES.incrementAndGet();
            breach.accept("open work items or read rows changed");
        }
        return answer;
    }

    /** With HTTP Basic, as API clients send it. */
    private HttpResponse<String> basic(String user, String password, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return sent(client, request, method + " " + path);
    }

    /** In the user's browser session, with the CSRF token as the web front end sends it. */
    private HttpResponse<String> exchangeBytes(String user, String method, String path, byte[] body) {
        HttpClient session = SESSIONS.computeIfAbsent(user, this::logIn);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf(session))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        return sent(session, request, method + " " + path);
    }

    private HttpClient logIn(String user) {
        CookieManager cookies = new CookieManager();
        HttpClient session = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = sent(session, HttpRequest.newBuilder(URI.create(http.getRootUri() + "/login")).GET(), "login")
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + user + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = sent(session, HttpRequest.newBuilder(URI.create(http.getRootUri() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "login");
        assertThat(loggedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        sent(session, HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/me")).GET(), "me");
        return session;
    }

    private static String xsrf(HttpClient session) {
        CookieManager cookies = (CookieManager) session.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static HttpResponse<String> sent(HttpClient client, HttpRequest.Builder request, String what) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void assertNoBreach() {
        assertThat(breaches).as("hostile requests that got through or broke something").isEmpty();
    }

    /** Open work items and the read tables' rows, as one figure: nothing a refused request may move. */
    private long state() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM act_ru_task) * 1000003"
                + " + (SELECT COUNT(*) FROM task_list) * 1009"
                + " + (SELECT COUNT(*) FROM task_progress) + (SELECT COUNT(*) FROM app_user) * 31"
                + " + (SELECT COUNT(*) FROM organization) * 101 + (SELECT COUNT(*) FROM work_plan) * 11", Long.class);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---- what is attacked

    private record Call(String user, String method, String path, JsonNode body) {
    }

    private static final Set<String> NO_BODY = Set.of("POST /api/work-plans/{id}/publish",
            "POST /api/tasks/{id}/acknowledge", "POST /api/tasks/{id}/gap-reviews",
            "POST /api/users/{username}/enable", "POST /api/audit/rebuild", "POST /api/audit/checkpoints",
            "POST /api/notifications/{id}/read", "POST /api/notifications/read-all");

    /** Files, not JSON: hostile files (wrong types, sizes, macros, zip bombs) are EvidenceIT's and ImportsIT's. */
    private static final Set<String> FILE_UPLOADS = Set.of("POST /api/tasks/{id}/evidence",
            "POST /api/work-plans/import", "POST /api/task-lists/import");

    /** A valid body for every endpoint that takes one, sent by a caller allowed to call it. */
    private Map<String, Call> bodies() {
        Map<String, Call> calls = new LinkedHashMap<>();
        String due = LocalDate.now(clock).plusMonths(9).toString();
        String tasks = "/api/tasks/" + task + "/";
        calls.put("POST /api/organizations", call("admin", "POST", "/api/organizations", Map.of("code", "hostile-org",
                "name", "敌意测试工会", "type", "GRASSROOTS_UNION", "parent", "jieshou")));
        calls.put("POST /api/work-plans", call("office", "POST", "/api/work-plans", plan()));
        calls.put("PUT /api/work-plans/{id}", call("office", "PUT", "/api/work-plans/" + draftPlan, plan()));
        calls.put("POST /api/work-plans/{id}/amendments", call("office", "POST",
                "/api/work-plans/" + draftPlan + "/amendments", Map.of("items", plan().get("items"), "reason", "补充")));
        calls.put("POST /api/task-lists", call("office", "POST", "/api/task-lists", taskList()));
        calls.put("POST /api/task-lists/{id}/issue", call("office", "POST", "/api/task-lists/" + draftList + "/issue",
                Map.of("reportingCycle", "R/P7D")));
        calls.put("POST /api/tasks/{id}/reports", call(UNIT, "POST", tasks + "reports", Map.of("figures",
                Map.of("love_stations", 1), "narrative", "建成1家", "evidence", List.of("none"))));
        calls.put("POST /api/tasks/{id}/urges", call("office", "POST", tasks + "urges", Map.of("message", "请抓紧")));
        calls.put("POST /api/tasks/{id}/extension-requests", call(UNIT, "POST", tasks + "extension-requests",
                Map.of("dueDate", due, "reason", "选址调整")));
        calls.put("POST /api/tasks/{id}/extension-decisions", call("office", "POST", tasks + "extension-decisions",
                Map.of("approved", true, "comment", "同意")));
        calls.put("POST /api/tasks/{id}/rectifications", call(UNIT, "POST", tasks + "rectifications",
                Map.of("figures", Map.of("love_stations", 3), "narrative", "已补齐", "evidence", List.of("none"))));
        calls.put("POST /api/tasks/{id}/assessment", call("office", "POST", tasks + "assessment",
                Map.of("score", 90, "comment", "按期完成")));
        calls.put("POST /api/tasks/{id}/withdraw", call("office", "POST", tasks + "withdraw",
                Map.of("reason", "重复交办")));
        calls.put("POST /api/work-queue/{id}/complete", call(UNIT, "POST", "/api/work-queue/" + workItem
                + "/complete", Map.of("confirmed", true)));
        calls.put("POST /api/users", call("admin", "POST", "/api/users", Map.of("username", "hostile-user",
                "password", "Jiandu-2018", "organization", "jieshou", "roles", List.of("UNIT"))));
        calls.put("PUT /api/users/{username}/roles", call("admin", "PUT", "/api/users/" + user + "/roles",
                Map.of("organization", "jieshou", "roles", List.of("UNIT"))));
        calls.put("POST /api/users/{username}/disable", call("admin", "POST", "/api/users/" + user + "/disable",
                Map.of("reason", "调离")));
        calls.put("POST /api/audit/verify", call("auditor", "POST", "/api/audit/verify", Map.of("taskId", task)));
        calls.put("PUT /api/users/{username}/contact", call("admin", "PUT", "/api/users/" + user + "/contact",
                Map.of("email", "hostile@example.cn", "mobile", "13800000000")));
        calls.put("PUT /api/me/contact", call(UNIT, "PUT", "/api/me/contact",
                Map.of("email", "jieshou@example.cn", "mobile", "13800000000")));
        calls.put("PUT /api/users/{username}/password", call("admin", "PUT", "/api/users/" + user + "/password",
                Map.of("password", "Xinmima-2026")));
        return calls;
    }

    /** The actions that take no body, on things where running them would change something. */
    private Map<String, Call> noBodyActions() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("acknowledge", call(UNIT, "POST", "/api/tasks/" + task + "/acknowledge", null));
        String reporting = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.now(clock).plusMonths(6),
                UNIT).get(0);
        api.act(UNIT, reporting, "acknowledge", null);
        api.act(UNIT, reporting, "reports", Map.of("figures", Map.of("love_stations", 1), "narrative", "建成1家"));
        calls.put("gap-reviews", call("office", "POST", "/api/tasks/" + reporting + "/gap-reviews", null));
        calls.put("publish", call("office", "POST", "/api/work-plans/" + draftPlan + "/publish", null));
        api.ok(api.post("admin", "/api/users/" + user + "/disable", Map.of("reason", "借调")));
        readSide.caughtUp();
        calls.put("enable", call("admin", "POST", "/api/users/" + user + "/enable", null));
        calls.put("issue", call("office", "POST", "/api/task-lists/" + draftList + "/issue", null));
        calls.put("checkpoints", call("auditor", "POST", "/api/audit/checkpoints", null));
        calls.put("rebuild", call("auditor", "POST", "/api/audit/rebuild", null));
        api.act("office", task, "urges", Map.of("message", "请抓紧"));
        readSide.caughtUp();
        String message = api.ok(api.get(UNIT, "/api/notifications?unread=true")).get("items").get(0).get("id")
                .asText();
        calls.put("read", call(UNIT, "POST", "/api/notifications/" + message + "/read", null));
        calls.put("read-all", call(UNIT, "POST", "/api/notifications/read-all", null));
        assertThat(calls.keySet()).containsAll(NO_BODY_ACTIONS);
        return calls;
    }

    /** Every endpoint with a path id, as its caller reaches it, {@code {id}} standing for the id attacked. */
    private Map<String, Call> pathTemplates() {
        Map<String, Call> calls = new LinkedHashMap<>();
        String t = "/api/tasks/{id}/";
        calls.put("GET /api/work-plans/{id}", call("office", "GET", "/api/work-plans/{id}", null));
        calls.put("PUT /api/work-plans/{id}", call("office", "PUT", "/api/work-plans/{id}", null));
        calls.put("POST /api/work-plans/{id}/publish", call("office", "POST", "/api/work-plans/{id}/publish", null));
        calls.put("POST /api/work-plans/{id}/amendments", call("office", "POST", "/api/work-plans/{id}/amendments",
                null));
        calls.put("POST /api/task-lists/{id}/issue", call("office", "POST", "/api/task-lists/{id}/issue", null));
        calls.put("GET /api/task-lists/{id}", call("office", "GET", "/api/task-lists/{id}", null));
        calls.put("GET /api/work-plans/{id}/workbook", call("office", "GET", "/api/work-plans/{id}/workbook", null));
        calls.put("GET /api/paperwork/task-lists/{id}", call("office", "GET", "/api/paperwork/task-lists/{id}", null));
        calls.put("GET /api/paperwork/task-lists/{id}/paper", call("office", "GET",
                "/api/paperwork/task-lists/{id}/paper", null));
        calls.put("GET /api/tasks/{id}", call("office", "GET", "/api/tasks/{id}", null));
        calls.put("GET /api/tasks/{id}/history", call("office", "GET", t + "history", null));
        for (String action : List.of("acknowledge", "reports", "extension-requests", "rectifications")) {
            calls.put("POST /api/tasks/{id}/" + action, call(UNIT, "POST", t + action, null));
        }
        for (String action : List.of("urges", "extension-decisions", "gap-reviews", "assessment", "withdraw")) {
            calls.put("POST /api/tasks/{id}/" + action, call("office", "POST", t + action, null));
        }
        calls.put("POST /api/tasks/{id}/evidence", call(UNIT, "POST", t + "evidence", null));
        calls.put("GET /api/tasks/{id}/evidence/{storageKey}", call("office", "GET",
                "/api/tasks/" + task + "/evidence/{id}", null));
        calls.put("GET /api/work-queue/{id}/form", call(UNIT, "GET", "/api/work-queue/{id}/form", null));
        calls.put("POST /api/work-queue/{id}/complete", call(UNIT, "POST", "/api/work-queue/{id}/complete", null));
        calls.put("PUT /api/users/{username}/roles", call("admin", "PUT", "/api/users/{id}/roles", null));
        calls.put("POST /api/users/{username}/disable", call("admin", "POST", "/api/users/{id}/disable", null));
        calls.put("POST /api/users/{username}/enable", call("admin", "POST", "/api/users/{id}/enable", null));
        calls.put("GET /api/audit/checkpoints/{id}", call("auditor", "GET", "/api/audit/checkpoints/{id}", null));
        calls.put("POST /api/notifications/{id}/read", call(UNIT, "POST", "/api/notifications/{id}/read", null));
        calls.put("PUT /api/users/{username}/contact", call("admin", "PUT", "/api/users/{id}/contact", null));
        calls.put("PUT /api/users/{username}/password", call("admin", "PUT", "/api/users/{id}/password", null));
        return calls;
    }

    private static Call call(String user, String method, String path, Object body) {
        return new Call(user, method, path, body == null ? null : JSON.valueToTree(body));
    }

    private ObjectNode plan() {
        try (InputStream in = getClass().getResourceAsStream("/demo/work-plan-2018.json")) {
            ObjectNode plan = (ObjectNode) JSON.readTree(in);
            plan.remove("_about");
            plan.put("year", 2090);
            ArrayNode items = JSON.createArrayNode();
            for (JsonNode item : plan.get("items")) {
                if (item.get("indicators").size() > 0 && items.isEmpty()) {
                    ObjectNode one = item.deepCopy();
                    ArrayNode indicators = JSON.createArrayNode().add(one.get("indicators").get(0));
                    one.set("indicators", indicators);
                    items.add(one);
                }
            }
            plan.set("items", items);
            return plan;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> taskList() {
        return Map.of("workPlanId", "wp-2018", "number", "督交〔2018〕敌意" + System.nanoTime() + "号",
                "title", "敌意测试交办单", "dueDate", LocalDate.now(clock).plusMonths(6).toString(),
                "assignments", List.of(Map.of("itemCode", "S4", "organization", UNIT,
                        "targets", Map.of("love_stations", 3), "weight", 1,
                        "dueDate", LocalDate.now(clock).plusMonths(5).toString())));
    }

    // ---- JSON surgery: one leaf, key or duplicate at a time, written as raw text

    /** JSON pointers of every scalar in the body. */
    private static List<String> leaves(JsonNode node) {
        List<String> paths = new ArrayList<>();
        walk(node, "", (path, value) -> {
            if (value.isValueNode()) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** JSON pointers of every object in the body, the body itself included. */
    private static List<String> objects(JsonNode node) {
        List<String> paths = new ArrayList<>();
        walk(node, "", (path, value) -> {
            if (value.isObject() && value.size() > 0) {
                paths.add(path);
            }
        });
        return paths;
    }

    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
        visit.accept(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                walk(field.getValue(), path + "/" + field.getKey(), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visit);
            }
        }
    }

    private static String replaced(JsonNode body, String pointer, String raw) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, TextNode.valueOf("@@hostile@@"));
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf("@@hostile@@"));
        }
        return copy.toString().replace(PLACEHOLDER, raw);
    }

    /** The object gains a key holding the hostile text (as JSON escapes), before its first key. */
    private static String withKey(JsonNode body, String pointer, String key) {
        JsonNode copy = body.deepCopy();
        ObjectNode object = (ObjectNode) copy.at(pointer);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("@@key@@", TextNode.valueOf("x"));
        object.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        object.removeAll();
        object.setAll(fields);
        return copy.toString().replace("\"@@key@@\"", "\"" + key + "\"");
    }

    /** The object's first key appears twice: the second time with the same value. */
    private static String duplicated(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        ObjectNode object = (ObjectNode) copy.at(pointer);
        String first = object.fieldNames().next();
        JsonNode value = object.get(first);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        fields.put("@@duplicate@@", value);
        object.removeAll();
        object.setAll(fields);
        return copy.toString().replace("\"@@duplicate@@\"", JSON.valueToTree(first).toString());
    }
}
