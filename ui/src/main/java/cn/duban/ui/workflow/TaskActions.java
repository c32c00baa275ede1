package cn.duban.ui.workflow;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.Actor;
import cn.duban.api.AssessTask;
import cn.duban.api.DecideExtension;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.RequestExtension;
import cn.duban.api.ReviewGaps;
import cn.duban.api.Role;
import cn.duban.api.UrgeTask;
import cn.duban.api.WithdrawTask;
import cn.duban.command.shared.Require;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskOrganizations;
import cn.duban.query.task.TaskQueries;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.security.CurrentActor;
import cn.duban.workflows.ProcessStep;
import cn.duban.workflows.ProcessVariables;
import cn.duban.workflows.SupervisionProcess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every action on a task, as one transaction: the command's events and the process step commit together or not
 * at all. An action whose work item is not open, or whose message the process does not wait for, is refused (409).
 */
@Service
public class TaskActions {

    /** The variables a completed work item passes to the process, from the command handler's answer. */
    private static final Function<Object, Map<String, Object>> NO_VARIABLES = answer -> Map.of();
    private static final Set<ProcessStep> BY_THE_UNIT = EnumSet.of(ProcessStep.ACKNOWLEDGE, ProcessStep.REPORT,
            ProcessStep.RECTIFY, ProcessStep.REQUEST_EXTENSION);

    private final CommandGateway commands;
    private final TaskQueries tasks;
    private final TaskOrganizations organizations;
    private final SupervisionProcess process;

    TaskActions(CommandGateway commands, TaskQueries tasks, TaskOrganizations organizations,
                SupervisionProcess process) {
        this.commands = commands;
        this.tasks = tasks;
        this.organizations = organizations;
        this.process = process;
    }

    @Transactional
    public TaskDetails acknowledge(String taskId) {
        return perform(taskId, ProcessStep.ACKNOWLEDGE, new AcknowledgeTask(taskId), NO_VARIABLES);
    }

    @Transactional
    public TaskDetails report(String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence) {
        return perform(taskId, ProcessStep.REPORT, new ReportProgress(taskId, figures, narrative, evidence),
                NO_VARIABLES);
    }

    /** Urges the unit, completing the office's oldest open urge item (a chase or an overdue item), if any. */
    @Transactional
    public TaskDetails urge(String taskId, String message) {
        return perform(taskId, ProcessStep.URGE, new UrgeTask(taskId, message), NO_VARIABLES);
    }

    /**
     * Urges the unit through the work item the caller named in the work queue. The chase and the overdue item may be
     * open at once, and completing one must not complete the other.
     */
    @Transactional
    public TaskDetails urge(String taskId, String message, String workItemId) {
        return perform(taskId, ProcessStep.URGE, new UrgeTask(taskId, message), NO_VARIABLES,
                () -> process.openItem(taskId, ProcessStep.URGE, workItemId));
    }

    @Transactional
    public TaskDetails requestExtension(String taskId, LocalDate dueDate, String reason) {
        return perform(taskId, ProcessStep.REQUEST_EXTENSION, new RequestExtension(taskId, dueDate, reason),
                NO_VARIABLES);
    }

    @Transactional
    public TaskDetails decideExtension(String taskId, boolean approved, String comment) {
        return perform(taskId, ProcessStep.DECIDE_EXTENSION, new DecideExtension(taskId, approved, comment),
                answer -> Map.of(ProcessVariables.APPROVED, approved));
    }

    /**
     * The review the aggregate recorded routes the process: to rectification, or with its score inputs (completion,
     * days late) to assessment. The facts are the event's, not a view's.
     */
    @Transactional
    public TaskDetails reviewGaps(String taskId) {
        return perform(taskId, ProcessStep.REVIEW_GAPS, new ReviewGaps(taskId), answer -> {
            GapsReviewed review = (GapsReviewed) answer;
            return Map.of(ProcessVariables.GAPS_FOUND, review.gapsFound(),
                    ProcessVariables.COMPLETION, review.completion().doubleValue(),
                    ProcessVariables.DAYS_LATE, review.daysLate());
        });
    }

    @Transactional
    public TaskDetails rectify(String taskId, Map<String, BigDecimal> figures, String narrative,
                               List<String> evidence) {
        return perform(taskId, ProcessStep.RECTIFY, new RectifyGaps(taskId, figures, narrative, evidence),
                NO_VARIABLES);
    }

    @Transactional
    public TaskDetails assess(String taskId, int score, String comment) {
        return perform(taskId, ProcessStep.ASSESS, new AssessTask(taskId, score, comment), NO_VARIABLES);
    }

    @Transactional
    public TaskDetails withdraw(String taskId, String reason) {
        return perform(taskId, ProcessStep.WITHDRAW, new WithdrawTask(taskId, reason), NO_VARIABLES);
    }

    private TaskDetails perform(String taskId, ProcessStep step, Object command,
                                Function<Object, Map<String, Object>> variables) {
        return perform(taskId, step, command, variables, () -> process.openItem(taskId, step));
    }

    /**
     * Who may act is known from the task's organization alone (kept once read), so the task is folded once, after
     * the command, for the answer; the routing facts are the command handler's own answer. The work item is looked for only after the caller may act:
     * a refusal stays as cheap as it was.
     */
    private TaskDetails perform(String taskId, ProcessStep step, Object command,
                                Function<Object, Map<String, Object>> variables, Supplier<Optional<Task>> open) {
        String organization = organizations.of(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        requireActor(step, organization);
        Optional<Task> item = open.get();
        if (step.needsWorkItem() && item.isEmpty()) {
            throw new IllegalTransitionException("the process of task " + taskId + " does not expect "
                    + step.name().toLowerCase() + " now");
        }
        Object answer = commands.sendAndWait(command);
        TaskDetails after = tasks.details(taskId, null).orElseThrow();
        step.message().ifPresent(message -> deliver(taskId, message));
        item.ifPresent(workItem -> process.complete(workItem, variables.apply(answer)));
        return after;
    }

    /**
     * Who may act is asked before the process is, with the guards the aggregate applies itself: a caller who may
     * not act hears 403, never a 409 that would tell what state another organization's task is in.
     */
    private static void requireActor(ProcessStep step, String organization) {
        Actor actor = CurrentActor.require();
        if (BY_THE_UNIT.contains(step)) {
            Require.unitOf(actor, organization);
        } else {
            Require.anyRole(actor, Role.OFFICE);
        }
    }

    private void deliver(String taskId, String message) {
        try {
            process.deliver(taskId, message);
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalTransitionException("the process of task " + taskId + " does not wait for " + message);
        }
    }
}
