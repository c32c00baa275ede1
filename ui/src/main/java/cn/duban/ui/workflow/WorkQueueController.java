package cn.duban.ui.workflow;

import cn.duban.api.Actor;
import cn.duban.query.notification.Urges;
import cn.duban.query.task.TaskCaption;
import cn.duban.query.task.TaskCaptions;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The caller's work queue: the open work items of their organization's group (units) or the office's, each with
 * its Camunda Form; completing one does what the matching task action does, in one transaction.
 */
@RestController
@RequestMapping("/api/work-queue")
class WorkQueueController {

    /**
     * A work item of docs/API.md ({@code id} to {@code due}), its BPMN activity, and what its task is (the caption's
     * fields, null while the read side has not caught up with a task just issued) and how often it was urged.
     */
    record WorkItem(String id, String taskId, String name, String formKey, Instant created, Instant due,
                    String activity, String itemCode, String itemTitle, String taskListId, String taskListNumber,
                    String taskNumber, String organization, String organizationName, LocalDate taskDueDate, int urges,
                    String lastUrge, Instant lastUrgedAt) {
    }

    private final SupervisionProcess process;
    private final TaskQueries tasks;
    private final WorkItemForms forms;
    private final WorkItemCompletion completion;
    private final TaskCaptions captions;
    private final Urges urges;

    WorkQueueController(SupervisionProcess process, TaskQueries tasks, WorkItemForms forms,
                        WorkItemCompletion completion, TaskCaptions captions, Urges urges) {
        this.process = process;
        this.tasks = tasks;
        this.forms = forms;
        this.completion = completion;
        this.captions = captions;
        this.urges = urges;
    }

    /** Each item with its task's caption and urges, read for the whole queue at once. */
    @GetMapping
    List<WorkItem> queue() {
        List<Task> items = process.workQueue(groups());
        // the process instance's business key is one query per item: asked once
        List<String> taskIds = items.stream().map(process::taskIdOf).toList();
        Set<String> distinct = Set.copyOf(taskIds);
        Map<String, TaskCaption> captionOf = captions.of(distinct);
        Map<String, Urges.Urged> urgedOf = urges.of(distinct);
        return IntStream.range(0, items.size()).mapToObj(i -> view(items.get(i), taskIds.get(i),
                captionOf.get(taskIds.get(i)), urgedOf.get(taskIds.get(i)))).toList();
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

    private static WorkItem view(Task item, String taskId, TaskCaption caption, Urges.Urged urged) {
        Optional<TaskCaption> c = Optional.ofNullable(caption);
        Optional<Urges.Urged> u = Optional.ofNullable(urged);
        return new WorkItem(item.getId(), taskId, item.getName(),
                item.getCamundaFormRef() == null ? null : item.getCamundaFormRef().getKey(),
                item.getCreateTime().toInstant(), item.getDueDate() == null ? null : item.getDueDate().toInstant(),
                item.getTaskDefinitionKey(), c.map(TaskCaption::itemCode).orElse(null),
                c.map(TaskCaption::itemTitle).orElse(null), c.map(TaskCaption::taskListId).orElse(null),
                c.map(TaskCaption::taskListNumber).orElse(null), c.map(TaskCaption::taskNumber).orElse(null),
                c.map(TaskCaption::organization).orElse(null),
                c.map(TaskCaption::organizationName).orElse(null), c.map(TaskCaption::dueDate).orElse(null),
                u.map(Urges.Urged::count).orElse(0), u.map(Urges.Urged::lastMessage).orElse(null),
                u.map(Urges.Urged::lastAt).orElse(null));
    }
}
