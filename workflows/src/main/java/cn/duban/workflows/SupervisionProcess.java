package cn.duban.workflows;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supervision processes as the application sees them: the work queue, its items and their forms. Only
 * {@link ProcessBridge} takes a step (completes an item, delivers a message): the process moves one way.
 */
@Component
public class SupervisionProcess {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;

    SupervisionProcess(TaskService tasks, RuntimeService runtime, FormService forms) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.forms = forms;
    }

    /** The open work item of that task which the step completes, if any; the oldest, when the step serves two. */
    Optional<Task> openItem(String taskId, ProcessStep step) {
        return openItems(taskId, step).stream().findFirst();
    }

    /**
     * The open work item the caller named (from the work queue), if it is one the step completes for that task. The
     * office's urge answers both a chase and an overdue item, and both may be open: the named one is completed.
     */
    Optional<Task> openItem(String taskId, ProcessStep step, String workItemId) {
        return openItems(taskId, step).stream().filter(item -> item.getId().equals(workItemId)).findFirst();
    }

    private List<Task> openItems(String taskId, ProcessStep step) {
        if (step.workItems().isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceBusinessKey(taskId)
                .taskDefinitionKeyIn(step.workItems().toArray(String[]::new)).active()
                .orderByTaskCreateTime().asc().list();
    }

    public List<Task> workQueue(List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(groups).active().initializeFormKeys()
                .orderByTaskCreateTime().asc().list();
    }

    /** The work item, if it exists and one of the groups may take it. */
    public Optional<Task> workItem(String id, List<String> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskId(id).taskCandidateGroupIn(groups).active()
                .singleResult());
    }

    /** The task (business key) a work item belongs to. */
    public String taskIdOf(Task item) {
        return runtime.createProcessInstanceQuery().processInstanceId(item.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    public Object variable(Task item, String name) {
        return tasks.getVariable(item.getId(), name);
    }

    /** The work item's Camunda Form (form-js JSON) as deployed with the process. */
    public String form(Task item) {
        try (InputStream form = forms.getDeployedTaskForm(item.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form of work item " + item.getId(), e);
        }
    }

    /**
     * Completes the work item with the facts that route what follows it (gaps found, the score inputs), read by the
     * gateway or decision right after it in this transaction. They are transient: the engine keeps only routing
     * state, and the event that carries each fact is the record.
     */
    void complete(Task item, Map<String, Object> facts) {
        VariableMap routing = Variables.createVariables();
        facts.forEach((name, value) -> routing.putValueTyped(name, Variables.untypedValue(value, true)));
        tasks.complete(item.getId(), routing);
    }

    /** Delivers the step's message to the task's process; fails when the process does not wait for it now. */
    void deliver(String taskId, String message) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(taskId).correlateWithResult();
    }
}
