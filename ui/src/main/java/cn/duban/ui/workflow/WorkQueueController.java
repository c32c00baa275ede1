package cn.duban.ui.workflow;

import cn.duban.api.Actor;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskQueries;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.security.CurrentActor;
import cn.duban.workflows.ProcessStep;
import cn.duban.workflows.ProcessVariables;
import cn.duban.workflows.SupervisionProcess;
import cn.duban.workflows.WorkItemGroups;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The caller's work queue: the open work items of their organization's group (units) or the office's, each with
 * its Camunda Form; completing one does what the matching task action does, in one transaction.
 */
@RestController
@RequestMapping("/api/work-queue")
class WorkQueueController {

    record WorkItem(String id, String taskId, String name, String formKey, Instant created, Instant due,
                    String activity) {
    }

    private final SupervisionProcess process;
    private final TaskQueries tasks;
    private final WorkItemForms forms;
    private final WorkItemCompletion completion;

    WorkQueueController(SupervisionProcess process, TaskQueries tasks, WorkItemForms forms,
                        WorkItemCompletion completion) {
        this.process = process;
        this.tasks = tasks;
        this.forms = forms;
        this.completion = completion;
    }

    @GetMapping
    List<WorkItem> queue() {
        return process.workQueue(groups()).stream().map(this::view).toList();
    }

    @GetMapping("/{id}/form")
    ObjectNode form(@PathVariable String id) {
        return render(item(id));
    }

    @PostMapping("/{id}/complete")
    TaskDetails complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> data) {
        Task item = item(id);
        Map<String, Object> submitted = data == null ? Map.of() : data;
        forms.check(render(item), submitted);
        return completion.complete(process.taskIdOf(item), item, submitted);
    }

    private ObjectNode render(Task item) {
        String taskId = process.taskIdOf(item);
        TaskDetails task = tasks.details(taskId, null).orElseThrow(() -> new NotFoundException("task", taskId));
        ProcessStep step = ProcessStep.completing(item.getTaskDefinitionKey()).orElseThrow();
        boolean takesFigures = step == ProcessStep.REPORT || step == ProcessStep.RECTIFY;
        Object suggested = step == ProcessStep.ASSESS ? process.variable(item, ProcessVariables.SUGGESTED_SCORE) : null;
        return forms.render(process.form(item), task, takesFigures, suggested);
    }

    /** Another group's item is answered like a missing one: it is not the caller's to know of. */
    private Task item(String id) {
        return process.workItem(id, groups()).orElseThrow(() -> new NotFoundException("work item", id));
    }

    private static List<String> groups() {
        Actor actor = CurrentActor.require();
        return WorkItemGroups.of(actor);
    }

    private WorkItem view(Task item) {
        return new WorkItem(item.getId(), process.taskIdOf(item), item.getName(),
                item.getCamundaFormRef() == null ? null : item.getCamundaFormRef().getKey(),
                item.getCreateTime().toInstant(), item.getDueDate() == null ? null : item.getDueDate().toInstant(),
                item.getTaskDefinitionKey());
    }
}
