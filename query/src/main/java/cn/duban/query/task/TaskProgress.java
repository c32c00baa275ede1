package cn.duban.query.task;

import cn.duban.api.Completion;
import cn.duban.api.EvidenceAttached;
import cn.duban.api.EvidenceFile;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.Light;
import cn.duban.api.LightRules;
import cn.duban.api.ProgressReported;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskEvent;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskTarget;
import org.axonframework.eventhandling.EventMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A task's state folded from its events: the read side's one interpretation of a task stream, shared by the
 * {@code task_progress} table and by answers as of a past moment. Its status follows {@link TaskStatus#after}, as the
 * aggregate's does; events it does not need (urges, reminders, extension requests and denials, light changes) leave
 * it unchanged; the light is judged afresh for any day.
 */
public record TaskProgress(String taskId, String taskListId, String workPlanId, String itemCode, String organization,
                           TaskStatus status, LocalDate issuedOn, LocalDate dueDate, List<TaskTarget> targets,
                           SortedMap<String, BigDecimal> reported, List<Gap> gaps, Integer score,
                           BigDecimal weight, List<EvidenceFile> evidence) {

    public TaskProgress {
        targets = List.copyOf(targets);
        reported = new TreeMap<>(reported);
        gaps = List.copyOf(gaps);
        evidence = List.copyOf(evidence);
    }

    static TaskProgress issued(TaskIssued e, LocalDate issuedOn) {
        return new TaskProgress(e.taskId(), e.taskListId(), e.workPlanId(), e.itemCode(), e.organization(),
                TaskStatus.ISSUED, issuedOn, e.dueDate(), e.targets(), new TreeMap<>(), List.of(), null, e.weight(),
                List.of());
    }

    /** The task after each of its events in order, or empty when the events hold no issuing. */
    public static Optional<TaskProgress> fold(List<? extends EventMessage<?>> events, ZoneId zone) {
        TaskProgress task = null;
        for (EventMessage<?> event : events) {
            task = next(task, event, zone);
        }
        return Optional.ofNullable(task);
    }

    /** The task after one more event; {@code null} before its issuing. */
    static TaskProgress next(TaskProgress task, EventMessage<?> message, ZoneId zone) {
        Object event = message.getPayload();
        if (event instanceof TaskIssued e) {
            return issued(e, LocalDate.ofInstant(message.getTimestamp(), zone));
        }
        return task == null ? null : task.after(event);
    }

    private TaskProgress after(Object payload) {
        if (!(payload instanceof TaskEvent event)) {
            return this;
        }
        TaskStatus next = TaskStatus.after(status, event);
        if (event instanceof ProgressReported e) {
            return with(next, dueDate, merged(e.figures()), gaps, score);
        } else if (event instanceof GapsReviewed e) {
            return with(next, dueDate, reported, e.gaps(), score);
        } else if (event instanceof GapsRectified e) {
            return with(next, dueDate, merged(e.figures()), gaps, score);
        } else if (event instanceof ExtensionGranted e) {
            return with(next, e.dueDate(), reported, gaps, score);
        } else if (event instanceof TaskAssessed e) {
            return with(next, dueDate, reported, gaps, e.score());
        } else if (event instanceof EvidenceAttached e) {
            List<EvidenceFile> files = new ArrayList<>(evidence);
            files.add(e.file());
            return new TaskProgress(taskId, taskListId, workPlanId, itemCode, organization, next, issuedOn, dueDate,
                    targets, reported, gaps, score, weight, files);
        }
        return next == status ? this : with(next, dueDate, reported, gaps, score);
    }

    private TaskProgress with(TaskStatus status, LocalDate dueDate, Map<String, BigDecimal> reported, List<Gap> gaps,
                              Integer score) {
        return new TaskProgress(taskId, taskListId, workPlanId, itemCode, organization, status, issuedOn, dueDate,
                targets, new TreeMap<>(reported), gaps, score, weight, evidence);
    }

    private Map<String, BigDecimal> merged(Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> all = new TreeMap<>(reported);
        all.putAll(figures);
        return all;
    }

    public boolean withdrawn() {
        return status == TaskStatus.WITHDRAWN;
    }

    public boolean overdueOn(LocalDate day) {
        return !status.isFinished() && day.isAfter(dueDate);
    }

    public Light lightOn(LocalDate day) {
        return LightRules.light(status, issuedOn, dueDate, day, LightRules.WARNING_DAYS, targets, reported);
    }

    /** Gaps of the latest review still waiting for a rectification; a rectification answers them. */
    public int openGaps() {
        return status == TaskStatus.RECTIFYING ? gaps.size() : 0;
    }

    public BigDecimal completion() {
        return Completion.of(targets, reported);
    }

    public Optional<BigDecimal> reported(String indicator) {
        return Optional.ofNullable(reported.get(indicator));
    }

    public boolean carries(String indicator) {
        return targets.stream().anyMatch(t -> t.indicator().equals(indicator));
    }

    public TaskSummary summary(LocalDate day) {
        return new TaskSummary(taskId, taskListId, workPlanId, itemCode, organization, status, dueDate,
                lightOn(day), overdueOn(day), null);
    }

    TaskDetails details(LocalDate day) {
        Map<String, BigDecimal> targetFigures = new LinkedHashMap<>();
        targets.forEach(t -> targetFigures.put(t.indicator(), t.target()));
        return new TaskDetails(taskId, taskListId, workPlanId, itemCode, organization, status, dueDate,
                targetFigures, Map.copyOf(reported), completion(), gaps, score, weight, overdueOn(day), lightOn(day),
                evidence, null, null);
    }
}
