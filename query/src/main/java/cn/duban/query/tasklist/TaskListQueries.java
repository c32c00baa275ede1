package cn.duban.query.tasklist;

import cn.duban.api.Assignment;
import cn.duban.query.task.TaskQueries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
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
        // PostgreSQL cannot type a bare "? IS NULL": the conditions are added only when asked for
        StringBuilder sql = new StringBuilder("SELECT * FROM task_list WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (workPlanId != null) {
            sql.append(" AND work_plan_id = ?");
            args.add(workPlanId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status);
        }
        if (text != null && !text.isBlank()) {
            // the text as typed, its LIKE wildcards dropped, as the organizations' search does
            String needle = "%" + text.strip().replace("%", "").replace("_", "") + "%";
            sql.append(" AND (list_number LIKE ? OR title LIKE ?)");
            args.add(needle);
            args.add(needle);
        }
        return jdbc.query(sql.append(" ORDER BY due_date, list_number, id").toString(), row(false), args.toArray());
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
