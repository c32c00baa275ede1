package cn.duban.ui.web;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list's paging, and the filters beyond docs/API.md (extensions.md, "Paging and filters"). */
class ListsIT extends PostgresIntegrationTest {

    @Test
    void pages_of_a_list_cover_it_once_in_its_order_with_the_total_and_links() {
        List<String> tasks = api.issueTaskList("S4", Map.of("love_stations", 1), LocalDate.now(clock).plusDays(20),
                "jieshou", "linze", "sanduo", "tangzhuang", "xiejia");
        readSide.caughtUp();
        String list = "/api/tasks?taskList=" + taskList(tasks.get(0));
        List<String> whole = ids(api.ok(api.get("office", list)));

        ResponseEntity<JsonNode> first = api.get("office", list + "&page=0&size=2");
        ResponseEntity<JsonNode> last = api.get("office", list + "&page=2&size=2");

        assertThat(whole).as("the whole list without paging, as docs/API.md has it").hasSize(5)
                .containsExactlyInAnyOrderElementsOf(tasks);
        List<String> paged = new ArrayList<>(ids(api.ok(first)));
        paged.addAll(ids(api.ok(api.get("office", list + "&page=1&size=2"))));
        paged.addAll(ids(api.ok(last)));
        assertThat(paged).as("three pages, in the list's order").isEqualTo(whole);
        assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("5");
        assertThat(first.getHeaders().getFirst("Link")).contains("page=1&size=2>; rel=\"next\"")
                .contains("page=2&size=2>; rel=\"last\"").doesNotContain("rel=\"prev\"");
        assertThat(last.getHeaders().getFirst("Link")).contains("page=1&size=2>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(ids(api.ok(api.get("office", list + "&page=3&size=2")))).as("past the end").isEmpty();
    }

    @Test
    void a_bad_page_or_size_is_refused_naming_it() {
        for (String query : List.of("page=-1", "size=0", "size=501", "page=x")) {
            ResponseEntity<JsonNode> refused = api.get("office", "/api/tasks?" + query);
            assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(refused.getBody().toString()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void tasks_are_filtered_by_item_light_and_overdue_as_judged_on_the_day() {
        String soon = api.issueTaskList("S7", Map.of("mother_infant_rooms", 2), LocalDate.now(clock).plusDays(3),
                "longqiu").get(0);
        String later = api.issueTaskList("S4", Map.of("love_stations", 2), LocalDate.now(clock).plusMonths(6),
                "longqiu").get(0);
        readSide.caughtUp();
        String own = "/api/tasks?organization=longqiu";

        assertThat(ids(api.ok(api.get("office", own + "&item=S7")))).contains(soon).doesNotContain(later);
        assertThat(ids(api.ok(api.get("office", own + "&overdue=true")))).doesNotContain(soon, later);
        JsonNode summary = find(api.ok(api.get("office", own)), later);
        assertThat(summary.get("light").asText()).isEqualTo("GREEN");
        assertThat(summary.get("overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(10));   // past the first deadline
        assertThat(ids(api.ok(api.get("office", own + "&overdue=true")))).contains(soon).doesNotContain(later);
        assertThat(ids(api.ok(api.get("office", own + "&light=RED&page=0&size=10")))).contains(soon)
                .doesNotContain(later);
        assertThat(find(api.ok(api.get("office", own)), soon).get("light").asText()).isEqualTo("RED");
        ResponseEntity<JsonNode> unit = api.get("longqiu", "/api/tasks?item=S7&overdue=true&size=500");
        assertThat(ids(api.ok(unit))).contains(soon);
        assertThat(api.get("sanduo", "/api/tasks?overdue=true").getBody()).as("another unit's tasks stay out")
                .noneMatch(task -> task.get("organization").asText().equals("longqiu"));
    }

    @Test
    void a_task_is_numbered_by_its_list_and_place_and_tasks_are_filtered_by_plan() {
        List<String> tasks = api.issueTaskList("S4", Map.of("love_stations", 1), LocalDate.now(clock).plusDays(20),
                "songqiao", "chelu");
        readSide.caughtUp();
        JsonNode list = api.ok(api.get("office", "/api/task-lists/" + taskList(tasks.get(0))));
        String number = list.get("number").asText();

        JsonNode second = api.ok(api.get("chelu", "/api/tasks/" + tasks.get(1)));
        assertThat(second.get("number").asText()).as("the second assignment's task, on its page")
                .isEqualTo(number + "-2");
        assertThat(second.get("taskListNumber").asText()).as("its list's number, for a unit too").isEqualTo(number);
        assertThat(find(list.get("tasks"), tasks.get(0)).get("number").asText()).as("in its list")
                .isEqualTo(number + "-1");
        JsonNode ofPlan = api.ok(api.get("office", "/api/tasks?workPlan=wp-2018&organization=songqiao&size=500"));
        assertThat(find(ofPlan, tasks.get(0)).get("number").asText()).as("in a page of tasks").isEqualTo(number + "-1");
        assertThat(find(ofPlan, tasks.get(0)).get("workPlanId").asText()).isEqualTo("wp-2018");
        assertThat(ids(api.ok(api.get("office", "/api/tasks?workPlan=no-such-plan&organization=songqiao"))))
                .as("no other plan's tasks").doesNotContain(tasks.get(0)).isEmpty();
    }

    @Test
    void organizations_accounts_task_lists_and_plans_page_and_filter_the_same_way() {
        JsonNode towns = api.ok(api.get("office", "/api/organizations?type=TOWNSHIP"));
        assertThat(towns).isNotEmpty().allMatch(o -> o.get("type").asText().equals("TOWNSHIP"));
        assertThat(api.ok(api.get("office", "/api/organizations?q=界首"))).extracting(o -> o.get("code").asText())
                .containsExactly("jieshou");
        assertThat(api.ok(api.get("office", "/api/organizations?q=JIESHOU"))).extracting(o -> o.get("code").asText())
                .containsExactly("jieshou");
        ResponseEntity<JsonNode> second = api.get("office", "/api/organizations?type=TOWNSHIP&page=1&size=3");
        assertThat(api.ok(second)).extracting(o -> o.get("code").asText())
                .containsExactlyElementsOf(codes(towns).subList(3, 6));
        assertThat(second.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(towns.size()));

        JsonNode units = api.ok(api.get("admin", "/api/users?role=UNIT"));
        assertThat(units).isNotEmpty().allMatch(u -> u.get("roles").toString().contains("UNIT"));
        assertThat(api.ok(api.get("admin", "/api/users?organization=jieshou")))
                .extracting(u -> u.get("username").asText()).contains("jieshou").doesNotContain("office", "linze");
        assertThat(api.ok(api.get("admin", "/api/users?size=2"))).hasSize(2);

        api.issueTaskList("S4", Map.of("love_stations", 1), LocalDate.now(clock).plusDays(20), "chelu");
        readSide.caughtUp();
        JsonNode issued = api.ok(api.get("office", "/api/task-lists?workPlan=wp-2018&status=ISSUED"));
        assertThat(issued).isNotEmpty().allMatch(l -> l.get("status").asText().equals("ISSUED")
                && l.get("workPlanId").asText().equals("wp-2018"));
        assertThat(api.ok(api.get("office", "/api/task-lists?workPlan=no-such-plan"))).isEmpty();
        // found by a part of the number (督交〔2018〕<nanos>号) or of the title, as the office searches its lists
        JsonNode list = issued.get(0);
        String number = list.get("number").asText();
        assertThat(api.ok(api.get("office", "/api/task-lists?q=" + number.substring(number.indexOf('〕') + 1,
                number.length() - 1)))).extracting(l -> l.get("id").asText()).containsExactly(list.get("id").asText());
        assertThat(api.ok(api.get("office", "/api/task-lists?q=测试交办&status=ISSUED"))).isNotEmpty()
                .allMatch(l -> l.get("title").asText().contains("测试交办"));
        assertThat(api.ok(api.get("office", "/api/task-lists?q=no-such-list"))).isEmpty();
        assertThat(api.get("office", "/api/work-plans?page=0&size=1").getHeaders().getFirst("X-Total-Count"))
                .isNotNull();
        assertThat(api.get("admin", "/api/users?size=501").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_names_the_paging_and_its_headers() {
        JsonNode list = api.ok(api.get("office", "/v3/api-docs")).at("/paths/~1api~1tasks/get");
        List<String> parameters = new ArrayList<>();
        list.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asText()));

        assertThat(parameters).contains("organization", "status", "taskList", "item", "light", "overdue", "asOf",
                "page", "size");
        assertThat(list.at("/responses/200/headers").has("X-Total-Count")).isTrue();
        assertThat(list.at("/responses/200/headers").has("Link")).isTrue();
    }

    private String taskList(String task) {
        return api.ok(api.get("office", "/api/tasks/" + task)).get("taskListId").asText();
    }

    private static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode task : tasks) {
            if (task.get("id").asText().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task " + id + " in " + tasks);
    }

    private static List<String> codes(JsonNode organizations) {
        List<String> codes = new ArrayList<>();
        organizations.forEach(organization -> codes.add(organization.get("code").asText()));
        return codes;
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
