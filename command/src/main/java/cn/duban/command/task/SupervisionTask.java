package cn.duban.command.task;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.Actor;
import cn.duban.api.AssessTask;
import cn.duban.api.AttachEvidence;
import cn.duban.api.DecideExtension;
import cn.duban.api.EvidenceAttached;
import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.GapsRectified;
import cn.duban.api.Completion;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.IssueTask;
import cn.duban.api.EscalateTask;
import cn.duban.api.Light;
import cn.duban.api.LightRules;
import cn.duban.api.RemindTask;
import cn.duban.api.ReviewLight;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskLightChanged;
import cn.duban.api.TaskReminded;
import cn.duban.api.ProgressReported;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.RequestExtension;
import cn.duban.api.ReviewGaps;
import cn.duban.api.Role;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskStream;
import cn.duban.api.TaskTarget;
import cn.duban.api.TaskUrged;
import cn.duban.api.TaskWithdrawn;
import cn.duban.api.UrgeTask;
import cn.duban.api.WithdrawTask;
import cn.duban.command.shared.InputCheck;
import cn.duban.api.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One supervision task's stream: issue → acknowledge → reports → gap reviews and rectifications → assessment.
 * The unit of the task's organization acts for it; the office urges, decides, reviews, assesses and withdraws.
 */
@Aggregate(type = TaskStream.TYPE)
public class SupervisionTask {

    @AggregateIdentifier
    private String taskId;
    private String organization;
    private TaskStatus status;
    private List<TaskTarget> targets;
    private final Map<String, BigDecimal> latestFigures = new HashMap<>();
    private BigDecimal weight;
    private LocalDate dueDate;
    private LocalDate requestedDueDate;
    private Instant issuedAt;
    private Light light = Light.GREEN;
    private final Set<String> evidence = new HashSet<>();

    protected SupervisionTask() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public SupervisionTask(IssueTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck()
                .text(command.taskId(), "taskId", 64)
                .text(command.taskListId(), "taskListId", 64)
                .text(command.itemCode(), "itemCode", 64)
                .text(command.organization(), "organization", 64)
                .positive(command.weight(), "weight")
                .notNull(command.dueDate(), "dueDate")
                .notNull(command.targets(), "targets");
        check.orThrow();
        apply(new TaskIssued(command.taskId(), command.taskListId(), command.workPlanId(), command.itemCode(),
                command.organization(), command.targets(), command.weight(), command.dueDate()));
    }

    @CommandHandler
    void handle(AcknowledgeTask command, MetaData metaData) {
        Require.unitOf(Actor.from(metaData), organization);
        expect(status.accepts(command), "only an issued task can be acknowledged");
        apply(new TaskAcknowledged(taskId));
    }

    @CommandHandler
    void handle(ReportProgress command, MetaData metaData) {
        Require.unitOf(Actor.from(metaData), organization);
        var check = new InputCheck().text(command.narrative(), "narrative", InputCheck.MAX_TEXT);
        FigureRules.check(targets, command.figures(), "figures", check);
        EvidenceRules.checkReferences(command.evidence(), evidence, "evidence", check);
        check.orThrow();
        expect(status.accepts(command),
                "progress can be reported only after acknowledging and before a gap review finds gaps");
        apply(new ProgressReported(taskId, Map.copyOf(command.figures() == null ? Map.of() : command.figures()),
                command.narrative(), command.evidence()));
    }

    /** The file is already in the evidence store; refusing here makes the caller delete it again. */
    @CommandHandler
    void handle(AttachEvidence command, MetaData metaData) {
        Require.unitOf(Actor.from(metaData), organization);
        var check = new InputCheck();
        EvidenceRules.checkNewFile(command.file(), evidence, "file", check);
        check.orThrow();
        expect(status.accepts(command), "evidence can be attached only while the task is open");
        apply(new EvidenceAttached(taskId, command.file()));
    }

    @CommandHandler
    void handle(UrgeTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck().text(command.message(), "message", InputCheck.MAX_TEXT).orThrow();
        expect(status.accepts(command), "a task can be urged only while the unit has work to do");
        apply(new TaskUrged(taskId, command.message()));
    }

    @CommandHandler
    void handle(RequestExtension command, MetaData metaData) {
        Require.unitOf(Actor.from(metaData), organization);
        new InputCheck()
                .notNull(command.dueDate(), "dueDate")
                .text(command.reason(), "reason", InputCheck.MAX_TEXT)
                .require(command.dueDate() == null || command.dueDate().isAfter(dueDate), "dueDate",
                        "须晚于当前期限 " + dueDate)
                .orThrow();
        expect(status.accepts(command), "an extension can be requested only while the unit works on the task");
        expect(requestedDueDate == null, "an extension request is already waiting for the office's decision");
        apply(new ExtensionRequested(taskId, command.dueDate(), command.reason()));
    }

    @CommandHandler
    void handle(DecideExtension command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck().optionalText(command.comment(), "comment", InputCheck.MAX_TEXT).orThrow();
        expect(requestedDueDate != null && status.accepts(command), "no extension request is waiting for a decision");
        if (command.approved()) {
            apply(new ExtensionGranted(taskId, dueDate, requestedDueDate, command.comment()));
        } else {
            apply(new ExtensionDenied(taskId, requestedDueDate, command.comment()));
        }
    }

    /**
     * Records the facts the process routes on (gaps found, completion, days late), so that it never asks a view of
     * the task. The clock is the application's, injected by Axon.
     */
    @CommandHandler
    void handle(ReviewGaps command, MetaData metaData, Clock clock) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        expect(status.accepts(command), "a gap review needs a progress report or rectification to review");
        int daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, LocalDate.now(clock)));
        apply(new GapsReviewed(taskId, GapRules.gaps(targets, latestFigures), Completion.of(targets, latestFigures),
                daysLate));
    }

    @CommandHandler
    void handle(RectifyGaps command, MetaData metaData) {
        Require.unitOf(Actor.from(metaData), organization);
        var check = new InputCheck()
                .text(command.narrative(), "narrative", InputCheck.MAX_TEXT)
                .notEmpty(command.figures() == null ? null : command.figures().keySet(), "figures");
        FigureRules.check(targets, command.figures(), "figures", check);
        EvidenceRules.checkReferences(command.evidence(), evidence, "evidence", check);
        check.orThrow();
        expect(status.accepts(command), "only a task whose gap review found gaps can be rectified");
        apply(new GapsRectified(taskId, Map.copyOf(command.figures()), command.narrative(), command.evidence()));
    }

    @CommandHandler
    void handle(AssessTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck()
                .require(command.score() >= 0 && command.score() <= 100, "score", "须在 0 到 100 之间")
                .optionalText(command.comment(), "comment", InputCheck.MAX_TEXT)
                .orThrow();
        expect(status.accepts(command), "only a task whose gap review found no gaps can be assessed");
        apply(new TaskAssessed(taskId, command.score(), RatingRules.rate(command.score()), weight, command.comment()));
        apply(new TaskClosed(taskId));
    }

    /** Sent by the process, as the office's agent: a reminder while the unit has something to do. */
    @CommandHandler
    void handle(RemindTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck().text(command.reason(), "reason", InputCheck.MAX_TEXT).orThrow();
        expect(status.accepts(command), "a reminder makes sense only while the unit has work to do");
        apply(new TaskReminded(taskId, command.reason()));
    }

    @CommandHandler
    void handle(EscalateTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck().text(command.reason(), "reason", InputCheck.MAX_TEXT).orThrow();
        expect(status.accepts(command), "a finished task is not escalated");
        apply(new TaskEscalated(taskId, command.reason()));
    }

    /** The light of today by {@link LightRules}; the clock is the application's, injected by Axon. */
    @CommandHandler
    void handle(ReviewLight command, MetaData metaData, Clock clock) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        LocalDate today = LocalDate.now(clock);
        Light now = LightRules.light(status, LocalDate.ofInstant(issuedAt, clock.getZone()), dueDate, today,
                LightRules.WARNING_DAYS, targets, latestFigures);
        if (now != light) {
            apply(new TaskLightChanged(taskId, light, now));
        }
    }

    @CommandHandler
    void handle(WithdrawTask command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        new InputCheck().text(command.reason(), "reason", InputCheck.MAX_TEXT).orThrow();
        expect(status.accepts(command), "a " + status + " task cannot be withdrawn");
        apply(new TaskWithdrawn(taskId, command.reason()));
    }

    private void expect(boolean allowed, String why) {
        if (!allowed) {
            throw new IllegalTransitionException("task " + taskId + " is " + status + ": " + why);
        }
    }

    /* Each event that moves the task on takes its status from TaskStatus.after, the read side's fold too. */

    @EventSourcingHandler
    void on(TaskIssued event, @Timestamp Instant timestamp) {
        issuedAt = timestamp;
        taskId = event.taskId();
        organization = event.organization();
        targets = event.targets();
        weight = event.weight();
        dueDate = event.dueDate();
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(TaskLightChanged event) {
        light = event.to();
    }

    @EventSourcingHandler
    void on(TaskAcknowledged event) {
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        latestFigures.putAll(event.figures());
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(EvidenceAttached event) {
        evidence.add(event.file().storageKey());
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        requestedDueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(ExtensionGranted event) {
        dueDate = event.dueDate();
        requestedDueDate = null;
    }

    @EventSourcingHandler
    void on(ExtensionDenied event) {
        requestedDueDate = null;
    }

    @EventSourcingHandler
    void on(GapsReviewed event) {
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(GapsRectified event) {
        latestFigures.putAll(event.figures());
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(TaskClosed event) {
        status = TaskStatus.after(status, event);
    }

    @EventSourcingHandler
    void on(TaskWithdrawn event) {
        status = TaskStatus.after(status, event);
    }
}
