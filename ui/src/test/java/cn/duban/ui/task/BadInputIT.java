package cn.duban.ui.task;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is answered 400 with the field at fault, as problem details, and records nothing. */
class BadInputIT extends PostgresIntegrationTest {

    private String task;
    private long eventsBefore;

    @BeforeEach
    void acknowledgedTask() {
        task = api.issueTaskList("S6", Map.of("wage_bargaining_enterprises", 20, "openness_congress_rate", 95),
                LocalDate.of(2026, 12, 31), "gy-dev-zone").get(0);
        api.act("gy-dev-zone", task, "acknowledge", null);
        eventsBefore = eventCount();
    }

    @Test
    void a_negative_figure_is_refused() {
        assertRefused(report(Map.of("figures", Map.of("wage_bargaining_enterprises", -3), "narrative", "x")),
                "figures.wage_bargaining_enterprises");
    }

    @Test
    void a_figure_of_an_unknown_indicator_is_refused() {
        assertRefused(report(Map.of("figures", Map.of("love_stations", 3), "narrative", "x")),
                "figures.love_stations");
    }

    @Test
    void a_percentage_above_100_is_refused() {
        assertRefused(report(Map.of("figures", Map.of("openness_congress_rate", 101), "narrative", "x")),
                "figures.openness_congress_rate");
    }

    @Test
    void malformed_json_is_refused() {
        assertRefused(report("{\"figures\": {\"wage_bargaining_enterprises\": "), "body");
    }

    @Test
    void a_figure_that_is_not_a_number_is_refused() {
        assertRefused(report("{\"figures\": {\"wage_bargaining_enterprises\": \"many\"}, \"narrative\": \"x\"}"),
                "figures.wage_bargaining_enterprises");
    }

    @Test
    void a_report_without_its_narrative_is_refused() {
        assertRefused(report(Map.of("figures", Map.of("wage_bargaining_enterprises", 3))), "narrative");
    }

    @Test
    void an_assessment_without_a_score_is_refused() {
        assertRefused(api.post("office", "/api/tasks/" + task + "/assessment", Map.of("comment", "好")), "score");
    }

    @Test
    void a_task_list_without_assignments_or_title_is_refused() {
        JsonNode problem = refused(api.post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕9号", "dueDate", "2026-12-31", "assignments", List.of())));
        assertThat(problem.get("errors").findValuesAsText("field")).contains("title", "assignments");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void a_task_list_naming_an_unknown_item_indicator_or_organization_is_refused() {
        JsonNode problem = refused(api.post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕10号", "title", "错误的交办单", "dueDate", "2026-12-31",
                "assignments", List.of(
                        Map.of("itemCode", "S99", "organization", "jieshou", "targets", Map.of(), "weight", 1),
                        Map.of("itemCode", "S4", "organization", "atlantis", "targets", Map.of("love_stations", 1),
                                "weight", 1),
                        Map.of("itemCode", "S4", "organization", "linze", "targets", Map.of("new_unions", 1),
                                "weight", 1)))));
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "assignments[0].itemCode", "assignments[1].organization", "assignments[2].targets.new_unions");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void a_null_in_a_list_is_refused_by_name() {
        List<Object> oneNull = new java.util.ArrayList<>();
        oneNull.add(null);
        assertThat(refused(api.post("office", "/api/task-lists", Map.of("workPlanId", "wp-2018",
                "number", "督交〔2018〕11号", "title", "空的分解", "dueDate", "2026-12-31", "assignments", oneNull)))
                .get("errors").findValuesAsText("field")).containsExactly("assignments[0]");
        assertThat(refused(api.post("office", "/api/work-plans", Map.of("year", 2031, "title", "空的要点",
                "issuer", "市委办公室", "items", oneNull))).get("errors").findValuesAsText("field"))
                .containsExactly("items[0]");
        JsonNode roles = refused(api.post("admin", "/api/users", Map.of("username", "nobody", "password",
                "Jiandu-2018", "roles", oneNull)));
        assertThat(roles.get("errors").findValuesAsText("field")).containsExactly("roles[]");
        assertThat(roles.get("errors").findValuesAsText("message")).as("in Chinese, as every refusal")
                .containsExactly("不能为空 (must not be null)");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void an_organization_without_a_type_is_refused_and_a_duplicate_code_conflicts() {
        assertThat(refused(api.post("admin", "/api/organizations", Map.of("code", "new-union", "name", "新工会")))
                .get("errors").findValuesAsText("field")).containsExactly("type");
        assertThat(api.post("admin", "/api/organizations", Map.of("code", "jieshou", "name", "界首镇",
                "type", "TOWNSHIP")).getStatusCode().value()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_status_filter_is_refused() {
        assertThat(refused(api.get("office", "/api/tasks?status=DONE")).get("errors").findValuesAsText("field"))
                .containsExactly("status");
    }

    @Test
    void an_address_nothing_answers_is_a_404_problem_in_chinese() {
        ResponseEntity<JsonNode> missing = api.get("office", "/api/no-such-resource");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("未找到该地址 (no such address): /api/no-such-resource");
    }

    @Test
    void an_unknown_task_is_not_found_and_an_action_out_of_turn_conflicts() {
        assertThat(api.post("gy-dev-zone", "/api/tasks/no-such-task/acknowledge", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.post("office", "/api/tasks/wp-2018/gap-reviews", null).getStatusCode().value())
                .as("a work plan's id is not a task").isEqualTo(404);
        ResponseEntity<JsonNode> outOfTurn = api.post("office", "/api/tasks/" + task + "/assessment",
                Map.of("score", 90));
        assertThat(outOfTurn.getStatusCode().value()).isEqualTo(409);
        assertThat(outOfTurn.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private ResponseEntity<JsonNode> report(Object body) {
        return api.post("gy-dev-zone", "/api/tasks/" + task + "/reports", body);
    }

    private void assertRefused(ResponseEntity<JsonNode> response, String field) {
        JsonNode problem = refused(response);
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        assertThat(eventCount()).isEqualTo(eventsBefore);
        JsonNode unchanged = api.ok(api.get("office", "/api/tasks/" + task));
        assertThat(unchanged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(unchanged.get("reported")).isEmpty();
    }

    private static JsonNode refused(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("title").asText()).isEqualTo("Bad Request");
        return response.getBody();
    }
}
