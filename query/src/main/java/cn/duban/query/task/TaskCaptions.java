package cn.duban.query.task;

import cn.duban.api.PlanItem;
import cn.duban.query.workplan.WorkPlanQueries;
import cn.duban.query.workplan.WorkPlanView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The captions of many tasks in one query (a work queue names every item's task): {@code task_progress} joined with
 * the task lists and organizations, and each plan read once for its items' titles.
 */
@Component
public class TaskCaptions {

    private static final String SQL = """
            SELECT t.id, t.item_code, t.work_plan_id, t.task_list_id, l.list_number, n.position, t.organization, o.name,
                t.due_date
            FROM task_progress t
            LEFT JOIN task_list l ON l.id = t.task_list_id
            LEFT JOIN task_number n ON n.task_id = t.id
            LEFT JOIN organization o ON o.code = t.organization
            WHERE t.id IN (:ids)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkPlanQueries plans;

    TaskCaptions(JdbcTemplate jdbc, WorkPlanQueries plans) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.plans = plans;
    }

    /** By task id; a task the read side does not hold yet has none. */
    public Map<String, TaskCaption> of(Collection<String> taskIds) {
        Map<String, TaskCaption> captions = new HashMap<>();
        if (taskIds.isEmpty()) {
            return captions;
        }
        Map<String, Optional<WorkPlanView>> planById = new HashMap<>();
        jdbc.query(SQL, Map.of("ids", taskIds), rs -> {
            String itemCode = rs.getString("item_code");
            String title = planById.computeIfAbsent(rs.getString("work_plan_id"), plans::byId)
                    .flatMap(plan -> plan.item(itemCode)).map(PlanItem::title).orElse(null);
            String listNumber = rs.getString("list_number");
            Integer position = rs.getObject("position", Integer.class);
            TaskCaption caption = new TaskCaption(rs.getString("id"), itemCode, title, rs.getString("task_list_id"),
                    listNumber, listNumber == null || position == null ? null : TaskNumbers.number(listNumber, position),
                    rs.getString("organization"), rs.getString("name"), rs.getObject("due_date", LocalDate.class));
            captions.put(caption.taskId(), caption);
        });
        return captions;
    }
}
