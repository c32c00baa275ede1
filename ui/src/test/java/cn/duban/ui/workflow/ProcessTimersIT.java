package cn.duban.ui.workflow;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The process's timers fire when time is moved, and each leaves its event in the task's history. */
class ProcessTimersIT extends PostgresIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 20);

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void reminders_escalations_and_the_three_colours_follow_the_clock() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        jobs.armDailyLightReviewFromNow();
        String task = api.issueTaskList("S8", Map.of("key_project_services", 10), DUE, "songqiao").get(0);

        moveTo("2026-04-03T02:00:00Z");
        assertThat(events(task)).contains("TaskReminded:任务已交办，请及时签收");
        assertThat(lastLight(task)).as("nothing of 10 reported after 2 of 19 days: behind").isEqualTo("YELLOW");

        moveTo("2026-04-06T02:00:00Z");
        assertThat(events(task)).contains("TaskEscalated:单位逾期未签收");
        JsonNode chase = api.workItem("office", task, "Task_ChaseAcknowledgement");
        api.ok(api.post("office", "/api/work-queue/" + chase.get("id").asText() + "/complete",
                Map.of("message", "请立即签收")));
        assertThat(events(task)).contains("TaskUrged:请立即签收");

        api.act("songqiao", task, "acknowledge", null);
        api.ok(api.post("songqiao", "/api/tasks/" + task + "/reports",
                Map.of("figures", Map.of("key_project_services", 10), "narrative", "全部完成")));
        moveTo("2026-04-07T02:00:00Z");
        assertThat(lastLight(task)).as("on track after the daily check").isEqualTo("GREEN");

        moveTo("2026-04-14T03:00:00Z");
        assertThat(events(task)).contains("TaskReminded:本周期进展尚未报送，请及时报送");

        moveTo("2026-04-17T02:00:00Z");
        assertThat(lastLight(task)).as("inside the warning window").isEqualTo("BLUE");

        moveTo("2026-04-21T02:00:00Z");
        assertThat(lastLight(task)).as("overdue").isEqualTo("RED");
        assertThat(events(task)).contains("TaskEscalated:任务已逾期");
        assertThat(api.workItem("office", task, "Task_HandleOverdue")).isNotNull();
        assertThat(api.ok(api.get("office", "/api/tasks/" + task)).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void acknowledging_after_the_escalation_withdraws_the_offices_chase() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, "gy-dev-zone").get(0);
        moveTo("2026-04-06T02:00:00Z");
        assertThat(api.workItems("office", task)).contains("Task_ChaseAcknowledgement");

        api.act("gy-dev-zone", task, "acknowledge", null);

        assertThat(api.workItems("office", task)).doesNotContain("Task_ChaseAcknowledgement");
    }

    @Test
    void with_the_chase_and_the_overdue_item_open_the_one_completed_from_the_queue_is_the_one_that_closes() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), LocalDate.of(2026, 4, 6),
                "gy-dev-zone").get(0);
        moveTo("2026-04-07T02:00:00Z");
        assertThat(api.workItems("office", task)).as("the chase of 6 April 09:00, then overdue from 7 April")
                .containsExactly("Task_ChaseAcknowledgement", "Task_HandleOverdue");

        JsonNode overdue = api.workItem("office", task, "Task_HandleOverdue");
        api.ok(api.post("office", "/api/work-queue/" + overdue.get("id").asText() + "/complete",
                Map.of("message", "已逾期，请即办理")));

        assertThat(api.workItems("office", task)).containsExactly("Task_ChaseAcknowledgement");
        assertThat(events(task)).contains("TaskUrged:已逾期，请即办理");
    }

    @Test
    void an_approved_extension_moves_the_deadline_timer() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, "gy-dev-zone").get(0);
        api.act("gy-dev-zone", task, "acknowledge", null);
        api.ok(api.post("gy-dev-zone", "/api/tasks/" + task + "/extension-requests",
                Map.of("dueDate", "2026-05-20", "reason", "场地改造")));

        JsonNode decision = api.workItem("office", task, "Task_DecideExtension");
        api.ok(api.post("office", "/api/work-queue/" + decision.get("id").asText() + "/complete",
                Map.of("approved", "true", "comment", "同意")));

        assertThat(events(task)).contains("ExtensionGranted:同意");
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(task).singleResult().getId();
        assertThat(management.createJobQuery().processInstanceId(process).activityId("BoundaryEvent_DeadlinePassed")
                .singleResult().getDuedate().toInstant()).isEqualTo(Instant.parse("2026-05-20T16:00:00Z"));

        moveTo("2026-04-22T02:00:00Z");
        assertThat(events(task)).doesNotContain("TaskEscalated:任务已逾期");
        moveTo("2026-05-21T17:00:00Z");
        assertThat(events(task)).contains("TaskEscalated:任务已逾期");
    }

    @Test
    void an_extension_granted_after_the_deadline_withdraws_the_overdue_item_and_watches_the_new_deadline() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, "gy-dev-zone").get(0);
        api.act("gy-dev-zone", task, "acknowledge", null);
        moveTo("2026-04-21T02:00:00Z");
        assertThat(lastLight(task)).isEqualTo("RED");
        assertThat(api.workItems("office", task)).contains("Task_HandleOverdue");

        api.ok(api.post("gy-dev-zone", "/api/tasks/" + task + "/extension-requests",
                Map.of("dueDate", "2026-05-20", "reason", "场地改造")));
        JsonNode decision = api.workItem("office", task, "Task_DecideExtension");
        api.ok(api.post("office", "/api/work-queue/" + decision.get("id").asText() + "/complete",
                Map.of("approved", "true", "comment", "同意")));
        jobs.runDue();

        assertThat(api.workItems("office", task)).as("the overdue item of the old deadline is withdrawn")
                .doesNotContain("Task_HandleOverdue");
        assertThat(lastLight(task)).as("judged again against the new deadline: nothing reported on day 20 of 49")
                .isEqualTo("YELLOW");
        moveTo("2026-05-21T17:00:00Z");
        assertThat(events(task)).filteredOn("TaskEscalated:任务已逾期"::equals).hasSize(2);
        assertThat(lastLight(task)).isEqualTo("RED");
        assertThat(api.workItems("office", task)).contains("Task_HandleOverdue");
    }

    private void moveTo(String instant) {
        clock.set(Instant.parse(instant));
        jobs.runDue();
    }

    /** The task's events as "Type:reason-or-message-or-comment", for the ones that carry a text. */
    private List<String> events(String task) {
        List<String> events = new ArrayList<>();
        for (JsonNode event : api.ok(api.get("auditor", "/api/tasks/" + task + "/history"))) {
            JsonNode payload = event.get("payload");
            String text = payload.hasNonNull("reason") ? payload.get("reason").asText()
                    : payload.hasNonNull("message") ? payload.get("message").asText()
                    : payload.hasNonNull("comment") ? payload.get("comment").asText() : "";
            events.add(event.get("type").asText() + ":" + text);
        }
        return events;
    }

    /** The light of the latest TaskLightChanged, or null while none was recorded. */
    private String lastLight(String task) {
        String light = null;
        for (JsonNode event : api.ok(api.get("auditor", "/api/tasks/" + task + "/history"))) {
            if (event.get("type").asText().equals("TaskLightChanged")) {
                light = event.get("payload").get("to").asText();
            }
        }
        return light;
    }
}
