package cn.duban.workflows;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What each task action is to the supervision process: the work items its event completes (by BPMN id) and whether
 * one must be open, or the message it delivers ({@link ProcessBridge} takes the step). The ids here and in
 * SupervisionTaskProcess.bpmn must agree; the process tests check that every user task has its step.
 */
public enum ProcessStep {

    ACKNOWLEDGE(true, null, "Task_Acknowledge"),
    REPORT(true, null, "Task_ReportProgress"),
    REVIEW_GAPS(true, null, "Task_ReviewGaps", "Task_VerifyRectification"),
    RECTIFY(true, null, "Task_Rectify"),
    ASSESS(true, null, "Task_Assess"),
    DECIDE_EXTENSION(true, null, "Task_DecideExtension"),
    /** The office may urge at any time; an open escalation item is answered by it. */
    URGE(false, null, "Task_ChaseAcknowledgement", "Task_HandleOverdue"),
    REQUEST_EXTENSION(false, "ExtensionRequested"),
    WITHDRAW(false, "TaskWithdrawn");

    /**
     * The command metadata that names the work item a command answers (the work queue completes the item it shows):
     * that item, and no other, is completed; without it, the oldest open item of the step.
     */
    public static final String WORK_ITEM = "workItem";

    private final boolean needsWorkItem;
    private final String message;
    private final Set<String> workItems;

    ProcessStep(boolean needsWorkItem, String message, String... workItems) {
        this.needsWorkItem = needsWorkItem;
        this.message = message;
        this.workItems = Set.of(workItems);
    }

    public boolean needsWorkItem() {
        return needsWorkItem;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Set<String> workItems() {
        return workItems;
    }

    public static Optional<ProcessStep> completing(String workItemKey) {
        return Arrays.stream(values()).filter(step -> step.workItems.contains(workItemKey)).findFirst();
    }
}
