package cn.duban.query.task;

import cn.duban.query.PagedList;
import cn.duban.query.Paging;
import cn.duban.query.Where;
import cn.duban.api.EvidenceFile;
import cn.duban.api.Gap;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskTarget;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The one reader and writer of {@code task_progress}: a {@link TaskProgress} per row, lists of figures as JSON. */
@Component
class TaskProgressTable {

    static final String NAME = "task_progress";

    private static final TypeReference<List<TaskTarget>> TARGETS = new TypeReference<>() {
    };
    private static final TypeReference<TreeMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<EvidenceFile>> EVIDENCE = new TypeReference<>() {
    };
    private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TaskProgressTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TaskProgress task) {
        jdbc.update("""
                INSERT INTO task_progress (id, task_list_id, work_plan_id, item_code, organization, status, issued_on,
                    due_date, weight, score, targets, reported, gaps, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                task.taskId(), task.taskListId(), task.workPlanId(), task.itemCode(), task.organization(),
                task.status().name(), task.issuedOn(), task.dueDate(), task.weight(), task.score(),
                write(task.targets()), write(task.reported()), write(task.gaps()), write(task.evidence()));
    }

    /** Only what a later event can change: status, deadline, figures, gaps, score and evidence. */
    void update(TaskProgress task) {
        jdbc.update("""
                UPDATE task_progress SET status = ?, due_date = ?, score = ?, reported = ?, gaps = ?, evidence = ?
                WHERE id = ?""", task.status().name(), task.dueDate(), task.score(), write(task.reported()),
                write(task.gaps()), write(task.evidence()), task.taskId());
    }

    Optional<TaskProgress> byId(String id) {
        return jdbc.query("SELECT * FROM task_progress WHERE id = ?", row(), id).stream().findFirst();
    }

    /** The tasks of one plan, of one organization only when it is given: the filter is in the SQL. */
    List<TaskProgress> ofPlan(String workPlanId, String organization) {
        return organization == null
                ? jdbc.query("SELECT * FROM task_progress WHERE work_plan_id = ?", row(), workPlanId)
                : jdbc.query("SELECT * FROM task_progress WHERE work_plan_id = ? AND organization = ?", row(),
                workPlanId, organization);
    }

    /** The tasks the filter's columns admit (not its light or overdue: those need the day), in list order. */
    List<TaskProgress> matching(TaskFilter filter) {
        Where where = where(filter);
        return jdbc.query("SELECT * FROM task_progress" + where.sql() + ORDER, row(), where.args());
    }

    /** One page of {@link #matching}, and the length of the whole. */
    PagedList<TaskProgress> matching(TaskFilter filter, Paging paging) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM task_progress" + where.sql(), Long.class,
                where.args());
        return new PagedList<>(jdbc.query("SELECT * FROM task_progress" + where.sql() + ORDER + " LIMIT ? OFFSET ?",
                row(), where.args(paging.size(), paging.offset())), total == null ? 0 : total);
    }

    /** The order of every list of tasks: by deadline, then organization, item and id (unique, so pages are stable). */
    static final String ORDER = " ORDER BY due_date, organization, item_code, id";

    private static Where where(TaskFilter filter) {
        return new Where().equal("organization", filter.organization())
                .equal("status", filter.status() == null ? null : filter.status().name())
                .equal("task_list_id", filter.taskListId()).equal("work_plan_id", filter.workPlanId())
                .equal("item_code", filter.itemCode());
    }

    void clear() {
        jdbc.update("DELETE FROM task_progress");
    }

    private RowMapper<TaskProgress> row() {
        return (rs, n) -> new TaskProgress(rs.getString("id"), rs.getString("task_list_id"),
                rs.getString("work_plan_id"), rs.getString("item_code"), rs.getString("organization"),
                TaskStatus.valueOf(rs.getString("status")), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), read(rs, "targets", TARGETS),
                read(rs, "reported", FIGURES), read(rs, "gaps", GAPS), rs.getObject("score", Integer.class),
                rs.getBigDecimal("weight"), read(rs, "evidence", EVIDENCE));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write task progress", e);
        }
    }

    private <T> T read(ResultSet rs, String column, TypeReference<T> type) throws SQLException {
        try {
            return json.readValue(rs.getString(column), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + column, e);
        }
    }
}
