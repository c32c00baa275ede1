package cn.duban.query.task;

import cn.duban.api.EvidenceAttached;
import cn.duban.api.EvidenceFile;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.Light;
import cn.duban.api.LightRule;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskTarget;
import cn.duban.api.TaskWithdrawn;
import org.axonframework.eventhandling.EventMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A task's state folded from its events, the read side's own interpretation of the stream. Events it does not
 * need (urges, extension requests and denials) leave it unchanged.
 */
final class TaskState {

    private TaskIssued issued;
    private LocalDate issuedOn;
    private TaskStatus status;
    private LocalDate dueDate;
    private final Map<String, BigDecimal> reported = new TreeMap<>();
    private List<Gap> gaps = List.of();
    private Integer score;
    private final List<EvidenceFile> evidence = new ArrayList<>();

    static TaskState fold(List<? extends EventMessage<?>> events, ZoneId zone) {
        TaskState state = new TaskState();
        events.forEach(event -> state.apply(event, zone));
        return state;
    }

    void apply(EventMessage<?> message, ZoneId zone) {
        Object event = message.getPayload();
        if (event instanceof TaskIssued e) {
            issued = e;
            issuedOn = LocalDate.ofInstant(message.getTimestamp(), zone);
            dueDate = e.dueDate();
            status = TaskStatus.ISSUED;
        } else if (event instanceof TaskAcknowledged) {
            status = TaskStatus.ACKNOWLEDGED;
        } else if (event instanceof ProgressReported e) {
            reported.putAll(e.figures());
            status = TaskStatus.REPORTING;
        } else if (event instanceof GapsReviewed e) {
            gaps = e.gaps();
            status = e.gaps().isEmpty() ? TaskStatus.ASSESSING : TaskStatus.RECTIFYING;
        } else if (event instanceof GapsRectified e) {
            reported.putAll(e.figures());
            status = TaskStatus.REPORTING;
        } else if (event instanceof EvidenceAttached e) {
            evidence.add(e.file());
        } else if (event instanceof ExtensionGranted e) {
            dueDate = e.dueDate();
        } else if (event instanceof TaskAssessed e) {
            score = e.score();
        } else if (event instanceof TaskClosed) {
            status = TaskStatus.CLOSED;
        } else if (event instanceof TaskWithdrawn) {
            status = TaskStatus.WITHDRAWN;
        }
    }

    TaskDetails details(LocalDate today, int warningDays) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        issued.targets().forEach(t -> targets.put(t.indicator(), t.target()));
        boolean overdue = !status.isFinished() && today.isAfter(dueDate);
        Light light = LightRule.light(status, issuedOn, dueDate, today, warningDays, issued.targets(), reported);
        return new TaskDetails(issued.taskId(), issued.taskListId(), issued.workPlanId(), issued.itemCode(),
                issued.organization(), status, dueDate, targets, Map.copyOf(reported),
                Completion.of(issued.targets(), reported), gaps, score, issued.weight(), overdue, light,
                List.copyOf(evidence));
    }

    List<TaskTarget> targets() {
        return issued.targets();
    }
}
