package cn.duban.ui.security;

import cn.duban.ui.support.Browser;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 等保 2.0 login basics: logins, failed logins, logouts and lockouts are events the auditor reads; five failures in a
 * row lock an account for fifteen minutes of the clock; new passwords follow the policy. Each test logs in as an
 * account of its own, registered by the administrator, so that no demo user is ever locked.
 */
class LoginRecordsIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Jiandu-2018";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    private String user;

    @BeforeEach
    void ownAccount() {
        user = "login-audit-" + UNIQUE.incrementAndGet();
        assertThat(api.post("admin", "/api/users", Map.of("username", user, "password", PASSWORD,
                "roles", List.of("OFFICE"))).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void a_failed_basic_login_is_recorded_with_user_address_and_reason_and_the_answer_does_not_say_which() {
        ResponseEntity<JsonNode> wrong = me(user, "Wrong-2018");
        ResponseEntity<JsonNode> unknown = me("nobody-" + user, PASSWORD);
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(unknown.getStatusCode().value()).isEqualTo(401);
        assertThat(wrong.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));

        JsonNode failed = records(user).get(0);
        assertThat(failed.get("kind").asText()).isEqualTo("LOGIN_FAILED");
        assertThat(failed.get("username").asText()).isEqualTo(user);
        assertThat(failed.get("method").asText()).isEqualTo("BASIC");
        assertThat(failed.get("reason").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(failed.get("lockedUntil").isNull()).isTrue();
        assertThat(Instant.parse(failed.get("timestamp").asText()))
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        assertLoopback(failed.get("address").asText());

        JsonNode stranger = records("nobody-" + user).get(0);
        assertThat(stranger.get("reason").asText()).isEqualTo("UNKNOWN_USER");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class,
                "nobody-" + user)).as("an unknown name locks nothing and creates nothing").isZero();
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes_even_against_the_right_password() {
        for (int i = 0; i < 4; i++) {
            assertThat(me(user, "Wrong-2018").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(records(user)).noneMatch(record -> record.get("kind").asText().equals("LOCKED"));
        Instant lockedAt = clock.advance(Duration.ofSeconds(30));
        assertThat(me(user, "Wrong-2018").getStatusCode().value()).isEqualTo(401);

        JsonNode locked = records(user).stream().filter(r -> r.get("kind").asText().equals("LOCKED")).findFirst()
                .orElseThrow();
        assertThat(Instant.parse(locked.get("lockedUntil").asText()))
                .isEqualTo(lockedAt.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MILLIS));
        assertThat(locked.get("username").asText()).isEqualTo(user);

        ResponseEntity<JsonNode> refused = me(user, PASSWORD);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(refused.getBody().get("detail").asText()).contains("账户已锁定，请稍后再试");
        assertThat(records(user).get(0).get("reason").asText()).isEqualTo("LOCKED");
        assertThat(records(user)).filteredOn(r -> r.get("kind").asText().equals("LOCKED"))
                .as("a login refused while locked does not lock again").hasSize(1);

        clock.advance(Duration.ofMinutes(14));
        assertThat(me(user, PASSWORD).getStatusCode().value()).as("still locked").isEqualTo(401);
        clock.advance(Duration.ofMinutes(1));
        assertThat(me(user, PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(failedLogins()).as("the success reset the count").isZero();
        JsonNode login = records(user).get(0);
        assertThat(login.get("kind").asText()).as("a success that ends failures is recorded").isEqualTo("LOGIN");
        assertThat(login.get("method").asText()).isEqualTo("BASIC");
        assertThat(login.get("reason").isNull()).isTrue();

        assertThat(me(user, "Wrong-2018").getStatusCode().value()).isEqualTo(401);
        assertThat(me(user, PASSWORD).getStatusCode().value()).as("one failure locks nothing").isEqualTo(200);
        assertThat(kinds(records(user)).subList(0, 3)).as("within the hour, recorded since it ended a failure")
                .containsExactly("LOGIN", "LOGIN_FAILED", "LOGIN");
    }

    @Test
    void failures_interrupted_by_a_success_do_not_add_up() {
        for (int i = 0; i < 4; i++) {
            me(user, "Wrong-2018");
        }
        assertThat(failedLogins()).isEqualTo(4);
        assertThat(me(user, PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(failedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            me(user, "Wrong-2018");
        }
        assertThat(me(user, PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(records(user)).noneMatch(record -> record.get("kind").asText().equals("LOCKED"));
    }

    @Test
    void basic_logins_are_recorded_once_an_hour_per_user_and_address_not_at_every_call() {
        for (int i = 0; i < 3; i++) {
            assertThat(me(user, PASSWORD).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(kinds(records(user))).containsExactly("LOGIN");
        clock.advance(Duration.ofMinutes(59));
        me(user, PASSWORD);
        assertThat(kinds(records(user))).containsExactly("LOGIN");
        clock.advance(Duration.ofMinutes(1));
        me(user, PASSWORD);
        assertThat(kinds(records(user))).containsExactly("LOGIN", "LOGIN");
    }

    @Test
    void a_form_login_and_its_logout_are_recorded_and_a_locked_account_is_told_so_on_the_page() {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.login(user, "Wrong-2018").headers().firstValue("Location")).get().asString()
                .endsWith("/login?error");
        assertThat(browser.login(user, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/me").body()).contains("\"username\":\"" + user + "\"");
        assertThat(browser.logout().headers().firstValue("Location")).get().asString().endsWith("/login?logout");

        List<JsonNode> records = records(user);
        assertThat(kinds(records)).containsExactly("LOGOUT", "LOGIN", "LOGIN_FAILED");
        assertThat(records.get(1).get("method").asText()).isEqualTo("FORM");
        assertThat(records.get(2).get("method").asText()).isEqualTo("FORM");
        assertThat(records.get(0).get("method").isNull()).isTrue();
        assertLoopback(records.get(0).get("address").asText());

        Browser next = new Browser("http://localhost:" + port);
        for (int i = 0; i < 5; i++) {
            next.login(user, "Wrong-2018");
        }
        HttpResponse<String> locked = next.login(user, PASSWORD);
        assertThat(locked.headers().firstValue("Location")).get().asString().endsWith("/login?locked");
        assertThat(next.get("/login?locked").body()).contains("账户已锁定，请稍后再试");
    }

    @Test
    void the_auditor_reads_the_records_newest_first_and_pages_with_next() {
        for (int i = 0; i < 3; i++) {
            me(user, "Wrong-2018");
        }
        me(user, PASSWORD);
        List<JsonNode> all = records(user);
        assertThat(kinds(all)).containsExactly("LOGIN", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED");
        assertThat(all).extracting(r -> r.get("position").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        List<Long> paged = new ArrayList<>();
        String path = "/api/audit/logins?limit=3&username=" + user;
        JsonNode page = api.ok(api.get("auditor", path));
        assertThat(page.get("records")).hasSize(3);
        page.get("records").forEach(r -> paged.add(r.get("position").asLong()));
        long next = page.get("next").asLong();
        assertThat(next).isEqualTo(paged.get(2));
        page = api.ok(api.get("auditor", path + "&before=" + next));
        page.get("records").forEach(r -> paged.add(r.get("position").asLong()));
        assertThat(page.get("next").isNull()).as("the end").isTrue();
        assertThat(paged).isEqualTo(all.stream().map(r -> r.get("position").asLong()).toList());

        JsonNode everyone = api.ok(api.get("auditor", "/api/audit/logins?limit=500")).get("records");
        assertThat(everyone.findValuesAsText("username")).contains(user);
        assertThat(everyone.findValues("position")).extracting(JsonNode::asLong)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void only_auditors_read_the_records_and_bad_parameters_are_named() {
        assertThat(api.get("jieshou", "/api/audit/logins").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("office", "/api/audit/logins").getStatusCode().value()).isEqualTo(403);
        long before = allEventCount();
        assertThat(api.get(null, "/api/audit/logins").getStatusCode().value()).isEqualTo(401);
        assertThat(allEventCount()).as("a request without credentials records nothing").isEqualTo(before);

        assertBadRequest("/api/audit/logins?limit=0", "limit");
        assertBadRequest("/api/audit/logins?limit=501", "limit");
        assertBadRequest("/api/audit/logins?before=0", "before");
        assertBadRequest("/api/audit/logins?before=yesterday", "before");
        assertBadRequest("/api/audit/logins?username=", "username");
    }

    @Test
    void a_weak_password_is_refused_naming_the_password_and_registers_nothing() {
        long events = eventCount();
        for (String weak : List.of("abcdefgh", "Ab1", "Password", "Weak-" + user)) {
            ResponseEntity<JsonNode> refused = api.post("admin", "/api/users", Map.of("username", "weak-" + user,
                    "password", weak, "roles", List.of("OFFICE")));
            assertThat(refused.getStatusCode().value()).as(weak).isEqualTo(400);
            JsonNode errors = refused.getBody().get("errors");
            assertThat(errors.findValuesAsText("field")).containsExactly("password");
            assertThat(errors.get(0).get("message").asText()).startsWith("密码不符合要求");
        }
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class,
                "weak-" + user)).isZero();
    }

    private ResponseEntity<JsonNode> me(String username, String password) {
        return http.withBasicAuth(username, password).getForEntity("/api/me", JsonNode.class);
    }

    private List<JsonNode> records(String username) {
        List<JsonNode> records = new ArrayList<>();
        api.ok(api.get("auditor", "/api/audit/logins?username=" + username)).get("records").forEach(records::add);
        return records;
    }

    private static List<String> kinds(List<JsonNode> records) {
        return records.stream().map(r -> r.get("kind").asText()).toList();
    }

    private int failedLogins() {
        return jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, user);
    }

    private static void assertLoopback(String address) {
        try {
            assertThat(InetAddress.getByName(address).isLoopbackAddress()).as(address).isTrue();
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(address, e);
        }
    }

    private void assertBadRequest(String path, String field) {
        var response = api.get("auditor", path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    }
}
