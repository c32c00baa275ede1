package cn.duban.ui.task;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole loop of one task over HTTP on PostgreSQL, with the clock moved a day before each step. */
class SupervisionLoopIT extends PostgresIntegrationTest {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    EventStore eventStore;

    @Test
    void a_task_goes_from_issue_through_gaps_and_rectification_to_closed() {
        clock.set(START);
        String task = api.issueTaskList("S4", Map.of("love_stations", 3, "station_measures", 1),
                LocalDate.of(2026, 12, 31), "jieshou").get(0);

        assertThat(act("jieshou", task, "acknowledge", null).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        JsonNode reported = act("jieshou", task, "reports",
                Map.of("figures", Map.of("love_stations", 2), "narrative", "已建成爱心驿站2家"));
        assertThat(reported.get("status").asText()).isEqualTo("REPORTING");
        assertThat(reported.at("/reported/love_stations").asInt()).isEqualTo(2);

        JsonNode firstReview = act("office", task, "gap-reviews", null);
        assertThat(firstReview.get("status").asText()).isEqualTo("RECTIFYING");
        assertThat(gaps(firstReview)).containsExactlyInAnyOrder("love_stations:3:2:1", "station_measures:1:0:1");
        assertThat(firstReview.get("light").asText()).isEqualTo("YELLOW");

        assertThat(act("jieshou", task, "rectifications", Map.of("figures",
                Map.of("love_stations", 3, "station_measures", 1), "narrative", "补建1家，出台实施办法"))
                .get("status").asText()).isEqualTo("REPORTING");
        JsonNode secondReview = act("office", task, "gap-reviews", null);
        assertThat(secondReview.get("status").asText()).isEqualTo("ASSESSING");
        assertThat(secondReview.get("gaps")).isEmpty();

        JsonNode closed = act("office", task, "assessment", Map.of("score", 92, "comment", "按期完成"));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("score").asInt()).isEqualTo(92);

        JsonNode history = api.ok(api.get("auditor", "/api/tasks/" + task + "/history"));
        assertThat(history.findValuesAsText("type")).containsExactly("TaskIssued", "TaskAcknowledged",
                "ProgressReported", "GapsReviewed", "GapsRectified", "GapsReviewed", "TaskAssessed", "TaskClosed");
        assertThat(history.findValuesAsText("actor")).containsExactly("office", "jieshou", "jieshou", "office",
                "jieshou", "office", "office", "office");
        assertThat(history.findValuesAsText("sequence")).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(history.get(1).get("organization").asText()).isEqualTo("jieshou");
        // the injected clock stamps every event: each step came one day after the one before
        assertThat(history.findValuesAsText("timestamp")).containsExactly(
                START.toString(), at(1), at(2), at(3), at(4), at(5), at(6), at(6));
    }

    /** The event store is the record; the engine keeps the routing state of open tasks and nothing more. */
    @Test
    void the_engine_keeps_only_routing_state_no_history_and_no_routing_facts() {
        String task = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.of(2026, 12, 31), "jieshou")
                .get(0);
        act("jieshou", task, "acknowledge", null);
        act("jieshou", task, "reports", Map.of("figures", Map.of("love_stations", 1), "narrative", "已建成1家"));
        assertThat(act("office", task, "gap-reviews", null).get("status").asText()).isEqualTo("RECTIFYING");

        String instance = jdbc.queryForObject("SELECT proc_inst_id_ FROM act_ru_execution WHERE business_key_ = ?"
                + " AND parent_id_ IS NULL", String.class, task);
        assertThat(jdbc.queryForList("SELECT task_def_key_ FROM act_ru_task WHERE proc_inst_id_ = ?", String.class,
                instance)).as("routed by the transient gapsFound").containsExactly("Task_Rectify");
        assertThat(jdbc.queryForList("SELECT name_ FROM act_ru_variable WHERE proc_inst_id_ = ?", String.class,
                instance)).doesNotContain("gapsFound", "completion", "daysLate").contains("taskId", "unitGroup");
        assertThat(jdbc.queryForObject("SELECT value_ FROM act_ge_property WHERE name_ = 'historyLevel'",
                String.class)).isEqualTo("0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_actinst WHERE proc_inst_id_ = ?", Long.class,
                instance)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_taskinst WHERE proc_inst_id_ = ?", Long.class,
                instance)).isZero();
    }

    @Test
    void every_event_carries_who_acted_and_the_trace_of_the_request_that_caused_it() {
        List<String> tasks = api.issueTaskList("S5", Map.of("new_unions", 10), LocalDate.of(2026, 12, 31),
                "linze", "sanduo");
        act("linze", tasks.get(0), "acknowledge", null);

        List<DomainEventMessage<?>> first = events(tasks.get(0));
        List<DomainEventMessage<?>> second = events(tasks.get(1));
        DomainEventMessage<?> issued = first.get(0);
        assertThat(issued.getMetaData()).containsEntry("actor", "office").containsEntry("roles", "OFFICE")
                .containsKeys("traceId", "correlationId");
        // both tasks were issued by one request: one trace, two causing commands
        assertThat(second.get(0).getMetaData().get("traceId")).isEqualTo(issued.getMetaData().get("traceId"));
        assertThat(second.get(0).getMetaData().get("correlationId"))
                .isNotEqualTo(issued.getMetaData().get("correlationId"));
        DomainEventMessage<?> acknowledged = first.get(1);
        assertThat(acknowledged.getMetaData()).containsEntry("actor", "linze").containsEntry("organization", "linze")
                .containsEntry("roles", "UNIT");
        assertThat(acknowledged.getMetaData().get("traceId")).isNotEqualTo(issued.getMetaData().get("traceId"));
    }

    @Test
    void a_unit_can_neither_act_on_nor_read_another_units_task() {
        String task = api.issueTaskList("S7", Map.of("mother_infant_rooms", 1), LocalDate.of(2026, 12, 31),
                "tangzhuang").get(0);
        long before = eventCount();

        assertThat(api.post("xiejia", "/api/tasks/" + task + "/acknowledge", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.get("xiejia", "/api/tasks/" + task).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("xiejia", "/api/tasks/" + task + "/history").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("xiejia", "/api/tasks?organization=tangzhuang").getStatusCode().value()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        await().untilAsserted(() -> assertThat(api.ok(api.get("tangzhuang", "/api/tasks")).findValuesAsText("id"))
                .contains(task));
        assertThat(api.ok(api.get("xiejia", "/api/tasks")).findValuesAsText("organization"))
                .doesNotContain("tangzhuang");
    }

    @Test
    void the_light_turns_blue_near_the_deadline_yellow_when_behind_and_red_when_overdue() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        String task = api.issueTaskList("S9", Map.of("mutual_aid_members", 1000), LocalDate.of(2026, 6, 11),
                "longqiu").get(0);
        String qualitative = api.issueTaskList("E4", Map.of(), LocalDate.of(2026, 6, 11), "songqiao").get(0);

        assertThat(light(qualitative)).isEqualTo("GREEN");
        api.act("longqiu", task, "acknowledge", null);
        clock.set(Instant.parse("2026-06-06T02:00:00Z"));
        report(task, 300);
        assertThat(light(task)).as("300 of 1000 at half time is behind 序时进度").isEqualTo("YELLOW");
        report(task, 600);
        assertThat(light(task)).isEqualTo("GREEN");

        clock.set(Instant.parse("2026-06-09T02:00:00Z"));
        assertThat(light(qualitative)).isEqualTo("BLUE");
        clock.set(Instant.parse("2026-06-12T02:00:00Z"));
        JsonNode overdue = api.ok(api.get("office", "/api/tasks/" + qualitative));
        assertThat(overdue.get("light").asText()).isEqualTo("RED");
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void the_office_sees_the_issued_list_with_its_tasks_and_a_unit_may_not() {
        List<String> tasks = api.issueTaskList("S1", Map.of("households_assisted", 20), LocalDate.of(2026, 12, 31),
                "chelu", "ganduo");
        String taskList = api.ok(api.get("office", "/api/tasks/" + tasks.get(0))).get("taskListId").asText();

        await().untilAsserted(() -> {
            JsonNode list = api.ok(api.get("office", "/api/task-lists/" + taskList));
            assertThat(list.get("status").asText()).isEqualTo("ISSUED");
            assertThat(list.get("tasks").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(tasks);
        });
        assertThat(api.get("chelu", "/api/task-lists/" + taskList).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("office", "/api/task-lists/nope").getStatusCode().value()).isEqualTo(404);
    }

    private JsonNode act(String user, String task, String action, Object body) {
        clock.advance(DAY);
        return api.act(user, task, action, body);
    }

    private void report(String task, int members) {
        api.ok(api.post("longqiu", "/api/tasks/" + task + "/reports",
                Map.of("figures", Map.of("mutual_aid_members", members), "narrative", "互助互济会扩面")));
    }

    private String light(String task) {
        return api.ok(api.get("office", "/api/tasks/" + task)).get("light").asText();
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId).forEachRemaining(events::add);
        return events;
    }

    private static List<String> gaps(JsonNode task) {
        List<String> gaps = new ArrayList<>();
        task.get("gaps").forEach(gap -> gaps.add(gap.get("indicator").asText() + ":" + gap.get("target").asInt()
                + ":" + gap.get("reported").asInt() + ":" + gap.get("shortfall").asInt()));
        return gaps;
    }

    private static String at(int days) {
        return START.plus(DAY.multipliedBy(days)).toString();
    }
}
