package cn.duban.workflows;

import cn.duban.api.ExtensionGranted;
import cn.duban.api.IssuedTask;
import cn.duban.api.TaskListIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From events to the process engine, in the transaction of the command that caused them (a subscribing processor
 * that propagates errors, see {@link WorkflowConfiguration}): an issued task list starts its process, and a granted
 * extension moves the deadline its task's process watches.
 */
@Component
@ProcessingGroup(WorkflowConfiguration.BRIDGE)
class ProcessBridge {

    static final String TASK_LIST_PROCESS = "TaskListProcess";
    /** The message the supervision process's deadline watch waits for. */
    static final String DEADLINE_MOVED = "DeadlineMoved";

    private final RuntimeService runtime;
    private final Deadlines deadlines;
    private final WorkflowSettings settings;

    ProcessBridge(RuntimeService runtime, Deadlines deadlines, WorkflowSettings settings) {
        this.runtime = runtime;
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

    /**
     * Delivers {@link #DEADLINE_MOVED} with the new times: the process ends its deadline watch, withdrawing an open
     * overdue item, judges the light again and watches the new deadline, whether or not the old timers had fired.
     */
    @EventHandler
    void on(ExtensionGranted event) {
        runtime.createMessageCorrelation(DEADLINE_MOVED).processInstanceBusinessKey(event.taskId())
                .setVariables(deadlines.variables(event.dueDate()))
                .correlateAll();
    }

    private Map<String, Object> routing(IssuedTask task) {
        var routing = new HashMap<>(deadlines.variables(task.dueDate()));
        routing.put(ProcessVariables.TASK_ID, task.taskId());
        routing.put("unitGroup", WorkItemGroups.unit(task.organization()));
        return Map.copyOf(routing);
    }
}
