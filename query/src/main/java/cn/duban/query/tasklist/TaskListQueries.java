package cn.duban.query.tasklist;

import cn.duban.api.Assignment;
import cn.duban.query.Where;
import cn.duban.query.task.TaskQueries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Task lists from {@code task_list}; one list comes with its tasks. */
@Component
public class TaskListQueries {

    private static final TypeReference<List<Assignment>> ASSIGNMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TaskQueries tasks;

    TaskListQueries(JdbcTemplate jdbc, ObjectMapper json, TaskQueries tasks) {
        this.jdbc = jdbc;
        this.json = json;
        this.tasks = tasks;
    }

    public List<TaskListView> all() {
        return find(null, null, null);
    }

    /**
     * The task lists of a plan, in a status ({@code DRAFT}, {@code ISSUED}, ...), whose number or title holds the
     * text; each null for any.
     */
    public List<TaskListView> find(String workPlanId, String status, String text) {
        Where where = new Where().equal("work_plan_id", workPlanId).equal("status", status)
                .holds(text, "list_number LIKE ?", "title LIKE ?");
        return jdbc.query("SELECT * FROM task_list" + where.sql() + " ORDER BY due_date, list_number, id", row(false),
                where.args());
    }

    /** The numbers (督交〔2018〕3号) of a plan's task lists by their ids, for papers that name a task's list. */
    public Map<String, String> numbers(String workPlanId) {
        Map<String, String> numbers = new HashMap<>();
        jdbc.query("SELECT id, list_number FROM task_list WHERE work_plan_id = ?",
                (RowCallbackHandler) rs -> numbers.put(rs.getString(1), rs.getString(2)), workPlanId);
        return numbers;
    }

    public Optional<TaskListView> byId(String id) {
        return jdbc.query("SELECT * FROM task_list WHERE id = ?", row(true), id).stream().findFirst();
    }

    private RowMapper<TaskListView> row(boolean withTasks) {
        return (rs, n) -> {
            String id = rs.getString("id");
            return new TaskListView(id, rs.getString("work_plan_id"), rs.getString("list_number"),
                    rs.getString("title"), rs.getObject("due_date", LocalDate.class), rs.getString("status"),
                    assignments(rs.getString("assignments")),
                    withTasks ? tasks.find(null, null, id) : List.of());
        };
    }

    private List<Assignment> assignments(String document) {
        try {
            return json.readValue(document, ASSIGNMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored assignments", e);
        }
    }
}
