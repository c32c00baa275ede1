package cn.duban.query.tasklist;

import cn.duban.api.TaskListDrafted;
import cn.duban.api.IssuedTask;
import cn.duban.api.TaskListIssued;
import cn.duban.query.Projection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.IntStream;

/** Keeps {@code task_list}: one row per task list, DRAFT until issued; and each issued task's place in its list. */
@Component
@ProcessingGroup(TaskListProjection.NAME)
class TaskListProjection implements Projection {

    static final String NAME = "task-lists";

    static final String DRAFT = "DRAFT";
    static final String ISSUED = "ISSUED";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TaskListProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(TaskListDrafted event) throws JsonProcessingException {
        jdbc.update("""
                INSERT INTO task_list (id, work_plan_id, list_number, title, due_date, status, assignments)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", event.taskListId(), event.workPlanId(), event.number(),
                event.title(), event.dueDate(), DRAFT, json.writeValueAsString(event.assignments()));
    }

    /** Issuing numbers the list's tasks in the order of its assignments: the first is …号-1. */
    @EventHandler
    void on(TaskListIssued event) {
        jdbc.update("UPDATE task_list SET status = ? WHERE id = ?", ISSUED, event.taskListId());
        List<IssuedTask> tasks = event.tasks();
        jdbc.batchUpdate("INSERT INTO task_number (task_id, task_list_id, position) VALUES (?, ?, ?)",
                IntStream.range(0, tasks.size())
                        .mapToObj(i -> new Object[]{tasks.get(i).taskId(), event.taskListId(), i + 1})
                        .toList());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM task_number");
        jdbc.update("DELETE FROM task_list");
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("task_list", "task_number");
    }
}
