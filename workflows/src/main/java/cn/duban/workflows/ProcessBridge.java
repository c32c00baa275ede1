package cn.duban.workflows;

import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.IssuedTask;
import cn.duban.api.ProgressReported;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskListIssued;
import cn.duban.api.TaskUrged;
import cn.duban.api.TaskWithdrawn;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way the process moves: from events to the process engine, in the transaction of the command that caused
 * them (a subscribing processor that propagates errors, see {@link WorkflowConfiguration}). An issued task list
 * starts its process; each task event completes the work item its {@link ProcessStep} stands for (the one the command
 * named, see {@link ProcessStep#WORK_ITEM}, else the oldest open one) with the facts the event carries, or delivers
 * the step's message. A step the process does not expect now fails, and the command's events go with it.
 */
@Component
@ProcessingGroup(WorkflowConfiguration.BRIDGE)
class ProcessBridge {

    static final String TASK_LIST_PROCESS = "TaskListProcess";
    /** The message the supervision process's deadline watch waits for. */
    static final String DEADLINE_MOVED = "DeadlineMoved";

    private final RuntimeService runtime;
    private final SupervisionProcess process;
    private final Deadlines deadlines;
    private final WorkflowSettings settings;

    ProcessBridge(RuntimeService runtime, SupervisionProcess process, Deadlines deadlines,
                  WorkflowSettings settings) {
        this.runtime = runtime;
        this.process = process;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    @EventHandler
    void on(TaskListIssued event) {
        List<Map<String, Object>> tasks = event.tasks().stream().map(this::routing).toList();
        runtime.startProcessInstanceByKey(TASK_LIST_PROCESS, event.taskListId(), Variables.createVariables()
                .putValueTyped("tasks", Variables.objectValue(tasks)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
                .putValue("reportingCycle", event.reportingCycle())
                .putValue("acknowledgeReminder", settings.acknowledgeReminder())
                .putValue("acknowledgeEscalation", settings.acknowledgeEscalation()));
    }

    @EventHandler
    void on(TaskAcknowledged event) {
        complete(event.taskId(), ProcessStep.ACKNOWLEDGE, Map.of());
    }

    @EventHandler
    void on(ProgressReported event) {
        complete(event.taskId(), ProcessStep.REPORT, Map.of());
    }

    /** The review routes the process on the facts it recorded: to rectification, or with its score inputs on. */
    @EventHandler
    void on(GapsReviewed event) {
        complete(event.taskId(), ProcessStep.REVIEW_GAPS, Map.of(ProcessVariables.GAPS_FOUND, event.gapsFound(),
                ProcessVariables.COMPLETION, event.completion().doubleValue(),
                ProcessVariables.DAYS_LATE, event.daysLate()));
    }

    @EventHandler
    void on(GapsRectified event) {
        complete(event.taskId(), ProcessStep.RECTIFY, Map.of());
    }

    @EventHandler
    void on(TaskAssessed event) {
        complete(event.taskId(), ProcessStep.ASSESS, Map.of());
    }

    /** An urge answers the office's open chase or overdue item, if there is one: the office may urge at any time. */
    @EventHandler
    void on(TaskUrged event) {
        complete(event.taskId(), ProcessStep.URGE, Map.of());
    }

    @EventHandler
    void on(ExtensionRequested event) {
        deliver(event.taskId(), ProcessStep.REQUEST_EXTENSION);
    }

    /**
     * Delivers {@link #DEADLINE_MOVED} with the new times: the process ends its deadline watch, withdrawing an open
     * overdue item, judges the light again and watches the new deadline, whether or not the old timers had fired;
     * then the decision item is done.
     */
    @EventHandler
    void on(ExtensionGranted event) {
        runtime.createMessageCorrelation(DEADLINE_MOVED).processInstanceBusinessKey(event.taskId())
                .setVariables(deadlines.variables(event.dueDate()))
                .correlateAll();
        complete(event.taskId(), ProcessStep.DECIDE_EXTENSION, Map.of(ProcessVariables.APPROVED, true));
    }

    @EventHandler
    void on(ExtensionDenied event) {
        complete(event.taskId(), ProcessStep.DECIDE_EXTENSION, Map.of(ProcessVariables.APPROVED, false));
    }

    @EventHandler
    void on(TaskWithdrawn event) {
        deliver(event.taskId(), ProcessStep.WITHDRAW);
    }

    private void complete(String taskId, ProcessStep step, Map<String, Object> facts) {
        Optional<String> named = namedWorkItem();
        Optional<Task> item = named.isPresent() ? process.openItem(taskId, step, named.get())
                : process.openItem(taskId, step);
        if (item.isEmpty() && (step.needsWorkItem() || named.isPresent())) {
            throw new IllegalTransitionException("the process of task " + taskId + " does not expect "
                    + step.name().toLowerCase() + named.map(id -> " through work item " + id).orElse("") + " now");
        }
        item.ifPresent(workItem -> process.complete(workItem, facts));
    }

    private void deliver(String taskId, ProcessStep step) {
        String message = step.message().orElseThrow();
        try {
            process.deliver(taskId, message);
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalTransitionException("the process of task " + taskId + " does not wait for " + message);
        }
    }

    /** The work item named by the command that caused the event being handled, if one did (the work queue does). */
    private static Optional<String> namedWorkItem() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        for (Optional<UnitOfWork<?>> unit = Optional.of(CurrentUnitOfWork.get()); unit.isPresent();
             unit = unit.get().parent()) {
            if (unit.get().getMessage() instanceof CommandMessage<?> command) {
                return Optional.ofNullable(command.getMetaData().get(ProcessStep.WORK_ITEM)).map(String::valueOf);
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> routing(IssuedTask task) {
        var routing = new HashMap<>(deadlines.variables(task.dueDate()));
        routing.put(ProcessVariables.TASK_ID, task.taskId());
        routing.put("unitGroup", WorkItemGroups.unit(task.organization()));
        return Map.copyOf(routing);
    }
}
