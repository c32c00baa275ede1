package cn.duban.ui.user;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator manages accounts; each change is an event with its actor, and takes effect at the next login. */
class UserAdministrationIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Jiandu-2018";

    @Autowired
    EventStore eventStore;

    @Test
    void an_account_is_registered_given_roles_and_disabled_each_change_an_event_by_the_admin() {
        assertThat(api.post("admin", "/api/users", Map.of("username", "chen.wei", "password", PASSWORD,
                "organization", "linze", "roles", List.of("UNIT"))).getStatusCode().value()).isEqualTo(201);
        assertThat(me("chen.wei")).contains("\"organization\":\"linze\"", "\"roles\":[\"UNIT\"]");

        api.ok(exchange("admin", HttpMethod.PUT, "/api/users/chen.wei/roles", Map.of("roles", List.of("AUDITOR"))));
        assertThat(me("chen.wei")).contains("\"roles\":[\"AUDITOR\"]", "\"organization\":null");

        api.ok(api.post("admin", "/api/users/chen.wei/disable", Map.of("reason", "调离")));
        assertThat(http.withBasicAuth("chen.wei", PASSWORD).getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(401);

        List<String> stream = new ArrayList<>();
        eventStore.readEvents("user:chen.wei").asStream().map(DomainEventMessage::getMetaData)
                .forEach(meta -> stream.add(String.valueOf(meta.get("actor"))));
        assertThat(stream).containsExactly("admin", "admin", "admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = "
                + "'user:chen.wei' AND convert_from(payload, 'UTF8') LIKE '%" + PASSWORD + "%'", Integer.class))
                .as("no password in the event store").isZero();
    }

    @Test
    void only_an_admin_changes_accounts_and_bad_input_changes_nothing() {
        long before = eventCount();
        Map<String, Object> valid = Map.of("username", "li.na", "password", PASSWORD, "organization", "sanduo",
                "roles", List.of("UNIT"));
        assertThat(api.post("office", "/api/users", valid).getStatusCode().value()).isEqualTo(403);
        assertThat(errorField(Map.of("username", "li.na", "password", "demo", "roles", List.of("OFFICE"))))
                .isEqualTo("password");
        assertThat(errorField(Map.of("username", "li.na", "password", PASSWORD, "roles", List.of("UNIT"))))
                .isEqualTo("organization");
        assertThat(errorField(Map.of("username", "li.na", "password", PASSWORD, "organization", "atlantis",
                "roles", List.of("UNIT")))).isEqualTo("organization");
        assertThat(api.post("admin", "/api/users", Map.of("username", "office", "password", PASSWORD,
                "roles", List.of("OFFICE"))).getStatusCode().value()).as("taken").isEqualTo(409);
        assertThat(api.post("admin", "/api/users/admin/disable", Map.of("reason", "x")).getStatusCode().value())
                .as("no lock-out").isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void an_administrator_resets_a_password_by_the_policy_and_only_the_new_one_logs_in() {
        api.ok(api.post("admin", "/api/users", Map.of("username", "wang.fang", "password", PASSWORD,
                "organization", "linze", "roles", List.of("UNIT"))));
        long before = eventCount();
        var weak = exchange("admin", HttpMethod.PUT, "/api/users/wang.fang/password", Map.of("password", "wang.fang1A!x"));
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(weak.getBody().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(weak.getBody().get("errors").get(0).get("message").asText()).contains("不能包含用户名");
        assertThat(eventCount()).as("a refused password records nothing").isEqualTo(before);

        api.ok(exchange("admin", HttpMethod.PUT, "/api/users/wang.fang/password", Map.of("password", "Xin-Mima-2019")));
        assertThat(http.withBasicAuth("wang.fang", PASSWORD).getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("wang.fang", "Xin-Mima-2019").getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = "
                + "'user:wang.fang' AND convert_from(payload, 'UTF8') LIKE '%Xin-Mima%'", Integer.class))
                .as("no password in the event store").isZero();
        assertThat(exchange("office", HttpMethod.PUT, "/api/users/wang.fang/password",
                Map.of("password", "Xin-Mima-2020")).getStatusCode().value()).isEqualTo(403);
    }

    private String errorField(Map<String, Object> registration) {
        var response = api.post("admin", "/api/users", registration);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return response.getBody().get("errors").get(0).get("field").asText();
    }

    private String me(String username) {
        return http.withBasicAuth(username, PASSWORD).getForObject("/api/me", String.class);
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
