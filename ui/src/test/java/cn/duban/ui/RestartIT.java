package cn.duban.ui;

import cn.duban.DubanApplication;
import cn.duban.ui.support.Api;
import cn.duban.ui.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping and starting the application on the same PostgreSQL loses nothing and loads the demo only once. */
class RestartIT {

    @Test
    void a_restart_keeps_every_task_and_event_and_does_not_load_the_demo_again() {
        String url = TestDatabase.fresh("duban_it_restart");
        String task;
        JsonNode historyBefore;
        JsonNode taskBefore;
        try (ConfigurableApplicationContext first = start(url)) {
            Api api = api(first);
            task = api.issueTaskList("S4", Map.of("love_stations", 2), LocalDate.of(2026, 12, 31), "jieshou").get(0);
            api.act("jieshou", task, "acknowledge", null);
            api.ok(api.post("jieshou", "/api/tasks/" + task + "/reports",
                    Map.of("figures", Map.of("love_stations", 1), "narrative", "建成1家")));
            historyBefore = api.ok(api.get("auditor", "/api/tasks/" + task + "/history"));
            // the task's number follows the task-lists projection: read the task once the list is numbered
            String numbered = task;
            await().until(() -> !api.ok(api.get("office", "/api/tasks/" + numbered)).get("number").isNull());
            taskBefore = api.ok(api.get("office", "/api/tasks/" + task));
        }

        try (ConfigurableApplicationContext second = start(url)) {
            Api api = api(second);
            assertThat(api.ok(api.get("auditor", "/api/tasks/" + task + "/history"))).isEqualTo(historyBefore);
            assertThat(api.ok(api.get("office", "/api/tasks/" + task))).isEqualTo(taskBefore);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = "
                    + "'cn.duban.api.OrganizationRegistered'", Integer.class)).isEqualTo(17);
            assertThat(api.act("office", task, "gap-reviews", null)
                    .get("status").asText()).as("the loop goes on where it stopped").isEqualTo("RECTIFYING");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(DubanApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.USER);
    }

    private static Api api(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }
}
