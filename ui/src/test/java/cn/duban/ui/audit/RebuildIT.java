package cn.duban.ui.audit;

import cn.duban.query.Projection;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Read models are disposable: dropping and replaying every projection gives back exactly the same rows. */
class RebuildIT extends PostgresIntegrationTest {

    @Autowired
    List<Projection> projections;

    @Test
    void every_projection_is_rebuilt_identical_after_the_loop_has_run() {
        runSomeLoops();

        JsonNode rebuilt = api.ok(api.post("auditor", "/api/audit/rebuild", null)).get("projections");

        assertThat(rebuilt.findValuesAsText("name"))
                .containsExactlyInAnyOrderElementsOf(projections.stream().map(Projection::processingGroup).toList());
        rebuilt.forEach(projection -> assertThat(projection.get("identical").asBoolean())
                .as("%s", projection).isTrue());
        assertThat(api.ok(api.post("admin", "/api/audit/rebuild", null)).get("projections").findValuesAsText(
                "identical")).containsOnly("true");
    }

    @Test
    void a_tampered_read_model_is_reported_and_restored_by_the_rebuild() {
        String task = api.issueTaskList("S1", Map.of("households_assisted", 5), LocalDate.of(2026, 12, 31),
                "tangzhuang").get(0);
        await().until(() -> status(task) != null);
        jdbc.update("UPDATE task_progress SET status = 'CLOSED' WHERE id = ?", task);

        JsonNode rebuilt = api.ok(api.post("auditor", "/api/audit/rebuild", null)).get("projections");

        assertThat(rebuilt.findValuesAsText("name")).contains("task-progress");
        for (JsonNode projection : rebuilt) {
            assertThat(projection.get("identical").asBoolean()).as("%s", projection)
                    .isEqualTo(!"task-progress".equals(projection.get("name").asText()));
        }
        assertThat(status(task)).isEqualTo("ISSUED");
    }

    private void runSomeLoops() {
        List<String> tasks = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.of(2026, 12, 31),
                "jieshou", "linze", "sanduo");
        for (int i = 0; i < tasks.size(); i++) {
            String task = tasks.get(i);
            String unit = List.of("jieshou", "linze", "sanduo").get(i);
            clock.advance(Duration.ofHours(1));
            api.act(unit, task, "acknowledge", null);
            api.ok(api.post(unit, "/api/tasks/" + task + "/reports",
                    Map.of("figures", Map.of("love_stations", i + 1), "narrative", "进展" + i)));
            api.act("office", task, "gap-reviews", null);
        }
        api.act("office", tasks.get(2), "assessment", Map.of("score", 90, "comment", "好"));
        api.act("office", tasks.get(0), "withdraw", Map.of("reason", "撤回"));
    }

    private String status(String task) {
        List<String> found = jdbc.queryForList("SELECT status FROM task_progress WHERE id = ?", String.class, task);
        return found.isEmpty() ? null : found.get(0);
    }
}
