package cn.duban.query.task;

import cn.duban.api.TaskStatus;
import cn.duban.api.TaskStream;
import cn.duban.query.PagedList;
import cn.duban.query.Paging;
import cn.duban.query.history.EventStreams;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the task questions of docs/API.md: filtered summaries and a plan's tasks from {@code task_progress}, or as of
 * a past moment from the event store; one task's details from its own stream, so they are exact right after an action.
 */
@Component
public class TaskQueries {

    private final TaskProgressTable table;
    private final PastTasks past;
    private final EventStreams streams;
    private final TaskNumbers numbers;
    private final Clock clock;

    TaskQueries(TaskProgressTable table, PastTasks past, EventStreams streams, TaskNumbers numbers, Clock clock) {
        this.table = table;
        this.past = past;
        this.streams = streams;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** The order of every list of tasks, as {@link TaskProgressTable#ORDER} has it in SQL. */
    private static final Comparator<TaskProgress> ORDER = Comparator.comparing(TaskProgress::dueDate)
            .thenComparing(TaskProgress::organization).thenComparing(TaskProgress::itemCode)
            .thenComparing(TaskProgress::taskId);

    /** Filters are optional; null means any. */
    public List<TaskSummary> find(String organization, TaskStatus status, String taskListId) {
        return find(TaskFilter.of(organization, status, taskListId), null);
    }

    /**
     * The tasks the filter admits as they stand now in the table, or as they stood at {@code asOf} according to the
     * event store, each with its light on that day, in list order.
     */
    public List<TaskSummary> find(TaskFilter filter, Instant asOf) {
        LocalDate day = day(asOf);
        List<TaskProgress> candidates = asOf == null ? table.matching(filter)
                : past.all(asOf).stream().sorted(ORDER).toList();
        return numbered(candidates.stream().filter(task -> filter.admits(task, day)).map(task -> task.summary(day))
                .toList());
    }

    /**
     * One page of {@link #find(TaskFilter, Instant)}. Now, and filtered by the table's columns alone, the page is
     * read by the SQL; a light or overdue filter, or a past moment, needs every candidate folded first.
     */
    public PagedList<TaskSummary> find(TaskFilter filter, Instant asOf, Paging paging) {
        if (asOf == null && !filter.judges()) {
            LocalDate day = day(null);
            PagedList<TaskProgress> page = table.matching(filter, paging);
            return new PagedList<>(numbered(page.items().stream().map(task -> task.summary(day)).toList()),
                    page.total());
        }
        return PagedList.of(find(filter, asOf), paging);
    }

    private List<TaskSummary> numbered(List<TaskSummary> summaries) {
        Map<String, TaskNumbers.TaskNumber> byId = numbers.of(summaries.stream().map(TaskSummary::id).toList());
        return summaries.stream().map(summary -> summary.withNumber(byId.get(summary.id()))).toList();
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
        return streams.read(taskId, TaskStream.TYPE, asOf)
                .flatMap(events -> TaskProgress.fold(events, clock.getZone()))
                .map(task -> task.details(day(asOf)))
                .map(task -> task.withNumber(numbers.of(List.of(taskId)).get(taskId)));
    }

    /** The day a question is judged on: the day of {@code asOf}, or today. */
    public LocalDate day(Instant asOf) {
        return LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, clock.getZone());
    }
}
