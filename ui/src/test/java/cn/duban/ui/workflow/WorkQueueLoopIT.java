package cn.duban.ui.workflow;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole loop driven only through the work queue and its forms, as the units and the office see it. */
class WorkQueueLoopIT extends PostgresIntegrationTest {

    @Test
    void a_task_is_worked_from_issue_to_closed_through_work_items_and_their_forms() {
        String task = api.issueTaskList("S4", Map.of("love_stations", 3, "station_measures", 1),
                LocalDate.now(clock).plusMonths(6), "sanduo").get(0);

        JsonNode acknowledge = api.workItem("sanduo", task, "Task_Acknowledge");
        assertThat(acknowledge.get("formKey").asText()).isEqualTo("form_acknowledge");
        assertThat(keys(form("sanduo", acknowledge))).contains("confirmed");
        assertThat(complete("sanduo", acknowledge, Map.of()).getStatusCode().value())
                .as("the form's required checkbox is checked on the server").isEqualTo(400);
        assertThat(api.ok(complete("sanduo", acknowledge, Map.of("confirmed", true))).get("status").asText())
                .isEqualTo("ACKNOWLEDGED");

        JsonNode report = api.workItem("sanduo", task, "Task_ReportProgress");
        assertThat(keys(form("sanduo", report)))
                .contains("figures.love_stations", "figures.station_measures", "narrative");
        assertThat(form("sanduo", report).toString()).contains("按“四有”标准建成爱心驿站（目标 3）");
        api.ok(complete("sanduo", report, Map.of("figures.love_stations", 2, "narrative", "建成2家")));
        assertThat(api.workItem("sanduo", task, "Task_ReportProgress").get("id").asText())
                .as("a new report item follows each report").isNotEqualTo(report.get("id").asText());

        JsonNode review = api.ok(complete("office", api.workItem("office", task, "Task_ReviewGaps"), Map.of()));
        assertThat(review.get("status").asText()).isEqualTo("RECTIFYING");
        assertThat(review.get("gaps")).hasSize(2);
        assertThat(api.workItems("sanduo", task)).containsExactly("Task_Rectify");

        api.ok(complete("sanduo", api.workItem("sanduo", task, "Task_Rectify"),
                Map.of("figures.love_stations", 3, "figures.station_measures", 1, "narrative", "补齐")));
        JsonNode verified = api.ok(complete("office", api.workItem("office", task, "Task_VerifyRectification"), Map.of()));
        assertThat(verified.get("status").asText()).isEqualTo("ASSESSING");

        JsonNode assess = api.workItem("office", task, "Task_Assess");
        JsonNode score = field(form("office", assess), "score");
        assertThat(score.get("defaultValue").asInt()).as("the decision table's suggestion: complete, on time")
                .isEqualTo(95);
        assertThat(complete("office", assess, Map.of("score", 101)).getStatusCode().value()).isEqualTo(400);
        JsonNode closed = api.ok(complete("office", assess, Map.of("score", 93, "comment", "按期完成")));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.workItems("sanduo", task)).isEmpty();
        assertThat(api.workItems("office", task)).isEmpty();

        assertThat(api.ok(api.get("auditor", "/api/tasks/" + task + "/history")).findValuesAsText("type"))
                .containsExactly("TaskIssued", "TaskAcknowledged", "ProgressReported", "GapsReviewed",
                        "GapsRectified", "GapsReviewed", "TaskAssessed", "TaskClosed");
    }

    @Test
    void a_work_item_says_what_its_task_is_and_how_often_the_office_urged_it() {
        LocalDate deadline = LocalDate.now(clock).plusMonths(2);
        String task = api.issueTaskList("S4", Map.of("love_stations", 3, "station_measures", 1), deadline,
                "sanduo").get(0);
        String number = api.ok(api.get("office", "/api/tasks/" + task)).get("taskListId").asText();
        api.act("office", task, "urges", Map.of("message", "请于本周内签收"));
        clock.advance(Duration.ofHours(2)); // the latest urge is the later one: the clock stands still otherwise
        api.act("office", task, "urges", Map.of("message", "请今日签收"));

        await().untilAsserted(() -> {
            JsonNode item = api.workItem("sanduo", task, "Task_Acknowledge");
            assertThat(item.get("itemCode").asText()).isEqualTo("S4");
            assertThat(item.get("itemTitle").asText()).isEqualTo("建立“爱心驿站”");
            assertThat(item.get("taskListId").asText()).isEqualTo(number);
            assertThat(item.get("taskListNumber").asText()).startsWith("督交〔2018〕");
            assertThat(item.get("taskNumber").asText()).as("the list's only task")
                    .isEqualTo(item.get("taskListNumber").asText() + "-1");
            assertThat(item.get("organization").asText()).isEqualTo("sanduo");
            assertThat(item.get("organizationName").asText()).isEqualTo("三垛镇");
            assertThat(item.get("taskDueDate").asText()).isEqualTo(deadline.toString());
            assertThat(item.get("urges").asInt()).isEqualTo(2);
            assertThat(item.get("lastUrge").asText()).isEqualTo("请今日签收");
            assertThat(item.get("lastUrgedAt").isTextual()).isTrue();
        });
    }

    @Test
    void a_unit_neither_sees_nor_completes_another_units_work_items() {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 1), LocalDate.now(clock).plusMonths(3),
                "zhoushan").get(0);
        JsonNode item = api.workItem("zhoushan", task, "Task_Acknowledge");

        assertThat(api.workItems("lingtang", task)).isEmpty();
        assertThat(api.get("lingtang", "/api/work-queue/" + item.get("id").asText() + "/form")
                .getStatusCode().value()).isEqualTo(404);
        long before = eventCount();
        assertThat(complete("lingtang", item, Map.of("confirmed", true)).getStatusCode().value()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.workItems("zhoushan", task)).containsExactly("Task_Acknowledge");
    }

    @Test
    void an_action_the_process_does_not_expect_now_is_refused_and_changes_nothing() {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 1), LocalDate.now(clock).plusMonths(3),
                "xiejia").get(0);
        long before = eventCount();
        assertThat(api.post("office", "/api/tasks/" + task + "/gap-reviews", null).getStatusCode().value())
                .isEqualTo(409);
        assertThat(api.post("office", "/api/tasks/" + task + "/extension-decisions", Map.of("approved", true))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    private JsonNode form(String user, JsonNode item) {
        return api.ok(api.get(user, "/api/work-queue/" + item.get("id").asText() + "/form"));
    }

    private ResponseEntity<JsonNode> complete(String user, JsonNode item, Object data) {
        return api.post(user, "/api/work-queue/" + item.get("id").asText() + "/complete", data);
    }

    private static List<String> keys(JsonNode form) {
        return form.get("components").findValuesAsText("key");
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key);
    }
}
