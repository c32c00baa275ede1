package cn.duban.workflows;

import cn.duban.api.ExtensionGranted;
import cn.duban.api.IssuedTask;
import cn.duban.api.TaskListIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * From events to the process engine, in the transaction of the command that caused them (a subscribing processor
 * that propagates errors, see {@link WorkflowConfiguration}): an issued task list starts its process, and a granted
 * extension moves the deadline timers of its task.
 */
@Component
@ProcessingGroup(WorkflowConfiguration.BRIDGE)
class ProcessBridge {

    static final String TASK_LIST_PROCESS = "TaskListProcess";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final Deadlines deadlines;
    private final WorkflowSettings settings;

    ProcessBridge(RuntimeService runtime, ManagementService management, Deadlines deadlines,
                  WorkflowSettings settings) {
        this.runtime = runtime;
        this.management = management;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    @EventHandler
    void on(TaskListIssued event) {
        List<Map<String, String>> tasks = event.tasks().stream().map(this::routing).toList();
        runtime.startProcessInstanceByKey(TASK_LIST_PROCESS, event.taskListId(), Variables.createVariables()
                .putValueTyped("tasks", Variables.objectValue(tasks)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
                .putValue("reportingCycle", event.reportingCycle())
                .putValue("lightCheckCycle", settings.lightCheckCycle())
                .putValue("acknowledgeReminder", settings.acknowledgeReminder())
                .putValue("acknowledgeEscalation", settings.acknowledgeEscalation()));
    }

    @EventHandler
    void on(ExtensionGranted event) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(event.taskId()).active().list()
                .forEach(instance -> {
                    String warningAt = deadlines.warningAt(event.dueDate());
                    String overdueAt = deadlines.overdueAt(event.dueDate());
                    runtime.setVariable(instance.getId(), ProcessVariables.WARNING_AT, warningAt);
                    runtime.setVariable(instance.getId(), ProcessVariables.OVERDUE_AT, overdueAt);
                    move(instance.getId(), "BoundaryEvent_WarningWindow", warningAt);
                    move(instance.getId(), "BoundaryEvent_DeadlinePassed", overdueAt);
                });
    }

    private void move(String processInstanceId, String timerActivityId, String isoInstant) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(timerActivityId).list()) {
            management.setJobDuedate(job.getId(), Date.from(OffsetDateTime.parse(isoInstant).toInstant()));
        }
    }

    private Map<String, String> routing(IssuedTask task) {
        return Map.of("taskId", task.taskId(), "unitGroup", WorkItemGroups.unit(task.organization()),
                "warningAt", deadlines.warningAt(task.dueDate()), "overdueAt", deadlines.overdueAt(task.dueDate()));
    }
}
