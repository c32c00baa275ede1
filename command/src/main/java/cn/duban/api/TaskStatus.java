package cn.duban.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a supervision task, exactly as the HTTP API names it, with its transitions ({@link #after}) and
 * its guards ({@link #accepts}) written once: the aggregate decides by them and every read model folds by them.
 */
public enum TaskStatus {
    ISSUED, ACKNOWLEDGED, REPORTING, RECTIFYING, ASSESSING, CLOSED, WITHDRAWN;

    private static final Set<TaskStatus> FINISHED = EnumSet.of(CLOSED, WITHDRAWN);
    /** The unit still owes work: it may be urged and reminded. */
    private static final Set<TaskStatus> UNIT_OWES_WORK = EnumSet.of(ISSUED, ACKNOWLEDGED, REPORTING, RECTIFYING);
    /** The unit works on the task, acknowledged and not yet through the review: it may ask for more time. */
    private static final Set<TaskStatus> UNIT_AT_WORK = EnumSet.of(ACKNOWLEDGED, REPORTING, RECTIFYING);

    public boolean isFinished() {
        return FINISHED.contains(this);
    }

    /** The status after the event; {@code before} is null before the task's issuing. Other events leave it. */
    public static TaskStatus after(TaskStatus before, TaskEvent event) {
        if (event instanceof TaskIssued) {
            return ISSUED;
        } else if (event instanceof TaskAcknowledged) {
            return ACKNOWLEDGED;
        } else if (event instanceof ProgressReported || event instanceof GapsRectified) {
            return REPORTING;
        } else if (event instanceof GapsReviewed review) {
            return review.gapsFound() ? RECTIFYING : ASSESSING;
        } else if (event instanceof TaskClosed) {
            return CLOSED;
        } else if (event instanceof TaskWithdrawn) {
            return WITHDRAWN;
        }
        return before;
    }

    /** Whether a task in this status takes the command (a command on a task's lifecycle; any other is an error). */
    public boolean accepts(Object command) {
        if (command instanceof AcknowledgeTask) {
            return this == ISSUED;
        } else if (command instanceof ReportProgress) {
            return this == ACKNOWLEDGED || this == REPORTING;
        } else if (command instanceof ReviewGaps) {
            return this == REPORTING;
        } else if (command instanceof RectifyGaps) {
            return this == RECTIFYING;
        } else if (command instanceof AssessTask) {
            return this == ASSESSING;
        } else if (command instanceof UrgeTask || command instanceof RemindTask) {
            return UNIT_OWES_WORK.contains(this);
        } else if (command instanceof RequestExtension) {
            return UNIT_AT_WORK.contains(this);
        } else if (command instanceof AttachEvidence || command instanceof DecideExtension
                || command instanceof EscalateTask || command instanceof WithdrawTask) {
            return !isFinished();
        }
        throw new IllegalArgumentException("not a command on a task's lifecycle: " + command);
    }
}
