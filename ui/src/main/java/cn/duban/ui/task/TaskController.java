package cn.duban.ui.task;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.AssessTask;
import cn.duban.api.DecideExtension;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.RequestExtension;
import cn.duban.api.ReviewGaps;
import cn.duban.api.Role;
import cn.duban.api.TaskStatus;
import cn.duban.api.UrgeTask;
import cn.duban.api.WithdrawTask;
import cn.duban.query.history.EventStreams;
import cn.duban.query.history.HistoryEntry;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.task.TaskSummary;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.security.CurrentActor;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The supervision loop over HTTP. Each action sends one command and answers the task as its stream now says;
 * who may act is decided again by the aggregate, which sees the caller in the command's metadata.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final CommandGateway commands;
    private final TaskQueries tasks;
    private final TaskReading reading;
    private final EventStreams streams;

    TaskController(CommandGateway commands, TaskQueries tasks, TaskReading reading, EventStreams streams) {
        this.commands = commands;
        this.tasks = tasks;
        this.reading = reading;
        this.streams = streams;
    }

    @GetMapping
    List<TaskSummary> find(@RequestParam(required = false) String organization,
                           @RequestParam(required = false) TaskStatus status,
                           @RequestParam(required = false) String taskList) {
        Actor actor = CurrentActor.require();
        boolean seesAll = actor.has(Role.OFFICE) || actor.has(Role.AUDITOR) || actor.has(Role.ADMIN);
        if (!seesAll) {
            if (organization != null && !actor.actsFor(organization)) {
                throw new ActionNotAllowedException(actor.username() + " may not list tasks of " + organization);
            }
            organization = actor.organization();
        }
        return tasks.find(organization, status, taskList);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR', 'UNIT')")
    TaskDetails one(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return reading.details(id, asOf);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR', 'UNIT')")
    List<HistoryEntry> history(@PathVariable String id) {
        reading.details(id, null);
        return streams.history(id, "SupervisionTask").orElseThrow(() -> new NotFoundException("task", id));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails acknowledge(@PathVariable String id) {
        return act(id, new AcknowledgeTask(id));
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails report(@PathVariable String id, @RequestBody TaskRequests.Report report) {
        return act(id, new ReportProgress(id, report.figures(), report.narrative(), report.evidence()));
    }

    @PostMapping("/{id}/urges")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails urge(@PathVariable String id, @RequestBody TaskRequests.Urge urge) {
        return act(id, new UrgeTask(id, urge.message()));
    }

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails requestExtension(@PathVariable String id, @RequestBody TaskRequests.ExtensionRequest request) {
        return act(id, new RequestExtension(id, request.dueDate(), request.reason()));
    }

    @PostMapping("/{id}/extension-decisions")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails decideExtension(@PathVariable String id,
                                @Valid @RequestBody TaskRequests.ExtensionDecision decision) {
        return act(id, new DecideExtension(id, decision.approved(), decision.comment()));
    }

    @PostMapping("/{id}/gap-reviews")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails reviewGaps(@PathVariable String id) {
        return act(id, new ReviewGaps(id));
    }

    @PostMapping("/{id}/rectifications")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails rectify(@PathVariable String id, @RequestBody TaskRequests.Rectification rectification) {
        return act(id, new RectifyGaps(id, rectification.figures(), rectification.narrative()));
    }

    @PostMapping("/{id}/assessment")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails assess(@PathVariable String id, @Valid @RequestBody TaskRequests.Assessment assessment) {
        return act(id, new AssessTask(id, assessment.score(), assessment.comment()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails withdraw(@PathVariable String id, @RequestBody TaskRequests.Withdrawal withdrawal) {
        return act(id, new WithdrawTask(id, withdrawal.reason()));
    }

    /** Unknown ids are 404 before anything is sent; a task id that names another kind of stream is unknown too. */
    private TaskDetails act(String id, Object command) {
        tasks.details(id, null).orElseThrow(() -> new NotFoundException("task", id));
        commands.sendAndWait(command);
        return tasks.details(id, null).orElseThrow(() -> new NotFoundException("task", id));
    }
}
