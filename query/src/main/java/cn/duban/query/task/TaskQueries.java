package cn.duban.query.task;

import cn.duban.api.TaskStatus;
import cn.duban.query.history.EventStreams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers the task questions of API.md: filtered summaries and a plan's tasks from {@code task_progress}, or as of a
 * past moment from the event store; one task's details from its own stream, so they are exact right after an action.
 */
@Component
public class TaskQueries {

    private final JdbcTemplate jdbc;
    private final TaskProgressTable table;
    private final PastTasks past;
    private final EventStreams streams;
    private final Clock clock;

    TaskQueries(JdbcTemplate jdbc, TaskProgressTable table, PastTasks past, EventStreams streams, Clock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.past = past;
        this.streams = streams;
        this.clock = clock;
    }

    /** The order of every task list: by deadline, then organization, item and id. */
    private static final Comparator<TaskSummary> ORDER = Comparator.comparing(TaskSummary::dueDate)
            .thenComparing(TaskSummary::organization).thenComparing(TaskSummary::itemCode)
            .thenComparing(TaskSummary::id);

    /** Filters are optional; null means any. */
    public List<TaskSummary> find(String organization, TaskStatus status, String taskListId) {
        return find(organization, status, taskListId, null);
    }

    /** As {@link #find(String, TaskStatus, String)}, or as the tasks stood at {@code asOf}, from the event store. */
    public List<TaskSummary> find(String organization, TaskStatus status, String taskListId, Instant asOf) {
        if (asOf != null) {
            return past.all(asOf).stream()
                    .filter(t -> organization == null || t.organization().equals(organization))
                    .filter(t -> status == null || t.status() == status)
                    .filter(t -> taskListId == null || t.taskListId().equals(taskListId))
                    .map(TaskProgress::summary)
                    .sorted(ORDER)
                    .toList();
        }
        var sql = new StringBuilder("""
                SELECT id, task_list_id, item_code, organization, status, due_date FROM task_progress WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (organization != null) {
            sql.append(" AND organization = ?");
            args.add(organization);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (taskListId != null) {
            sql.append(" AND task_list_id = ?");
            args.add(taskListId);
        }
        sql.append(" ORDER BY due_date, organization, item_code, id");
        return jdbc.query(sql.toString(), (rs, row) -> new TaskSummary(rs.getString("id"),
                rs.getString("task_list_id"), rs.getString("item_code"), rs.getString("organization"),
                TaskStatus.valueOf(rs.getString("status")), rs.getObject("due_date", LocalDate.class)), args.toArray());
    }

    /**
     * The tasks of a plan (of one organization when given, else of all) as they stand now in the table, or as they
     * stood at {@code asOf} according to the event store.
     */
    public List<TaskProgress> ofPlan(String workPlanId, String organization, Instant asOf) {
        return asOf == null ? table.ofPlan(workPlanId, organization) : past.ofPlan(workPlanId, organization, asOf);
    }

    /**
     * The 台账 of folded tasks: each in full, judged on {@code day}, ordered by list, organization and item; from the
     * same folds as the board.
     */
    public static List<TaskDetails> register(List<TaskProgress> folded, LocalDate day) {
        return folded.stream()
                .map(task -> task.details(day))
                .sorted(Comparator.comparing(TaskDetails::taskListId).thenComparing(TaskDetails::organization)
                        .thenComparing(TaskDetails::itemCode).thenComparing(TaskDetails::id))
                .toList();
    }

    /** The task as it stands now, or as it stood at {@code asOf} (events up to that instant), judged on that day. */
    public Optional<TaskDetails> details(String taskId, Instant asOf) {
        return streams.read(taskId, "SupervisionTask", asOf)
                .flatMap(events -> TaskProgress.fold(events, clock.getZone()))
                .map(task -> task.details(day(asOf)));
    }

    /** The day a question is judged on: the day of {@code asOf}, or today. */
    public LocalDate day(Instant asOf) {
        return LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, clock.getZone());
    }
}
