package cn.duban.ui.task;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.Role;
import cn.duban.api.TaskStatus;
import cn.duban.query.history.EventStreams;
import cn.duban.query.history.HistoryEntry;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.task.TaskSummary;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.workflow.TaskActions;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The supervision loop over HTTP. Each action is one command and its process step ({@link TaskActions}) and answers
 * the task as its stream now says; who may act is decided again by the aggregate, from the command's metadata.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskActions actions;
    private final TaskQueries tasks;
    private final TaskReading reading;
    private final EventStreams streams;
    private final Clock clock;

    TaskController(TaskActions actions, TaskQueries tasks, TaskReading reading, EventStreams streams, Clock clock) {
        this.actions = actions;
        this.tasks = tasks;
        this.reading = reading;
        this.streams = streams;
        this.clock = clock;
    }

    @GetMapping
    List<TaskSummary> find(@RequestParam(required = false) String organization,
                           @RequestParam(required = false) TaskStatus status,
                           @RequestParam(required = false) String taskList,
                           @RequestParam(required = false) Instant asOf) {
        Actor actor = CurrentActor.require();
        // API.md lets everyone list tasks, the administrator included; only a unit is cut to its own
        boolean seesAll = actor.readsEveryOrganization() || actor.has(Role.ADMIN);
        if (!seesAll) {
            if (organization != null && !actor.actsFor(organization)) {
                throw new ActionNotAllowedException(actor.username() + " may not list tasks of " + organization);
            }
            organization = actor.organization();
        }
        return tasks.find(organization, status, taskList, PastMoment.check(asOf, clock));
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
        return actions.acknowledge(id);
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails report(@PathVariable String id, @RequestBody TaskRequests.Report report) {
        return actions.report(id, report.figures(), report.narrative(), report.evidence());
    }

    @PostMapping("/{id}/urges")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails urge(@PathVariable String id, @RequestBody TaskRequests.Urge urge) {
        return actions.urge(id, urge.message());
    }

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails requestExtension(@PathVariable String id, @RequestBody TaskRequests.ExtensionRequest request) {
        return actions.requestExtension(id, request.dueDate(), request.reason());
    }

    @PostMapping("/{id}/extension-decisions")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails decideExtension(@PathVariable String id,
                                @Valid @RequestBody TaskRequests.ExtensionDecision decision) {
        return actions.decideExtension(id, decision.approved(), decision.comment());
    }

    @PostMapping("/{id}/gap-reviews")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails reviewGaps(@PathVariable String id) {
        return actions.reviewGaps(id);
    }

    @PostMapping("/{id}/rectifications")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails rectify(@PathVariable String id, @RequestBody TaskRequests.Rectification rectification) {
        return actions.rectify(id, rectification.figures(), rectification.narrative(),
                rectification.evidence());
    }

    @PostMapping("/{id}/assessment")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails assess(@PathVariable String id, @Valid @RequestBody TaskRequests.Assessment assessment) {
        return actions.assess(id, assessment.score(), assessment.comment());
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails withdraw(@PathVariable String id, @RequestBody TaskRequests.Withdrawal withdrawal) {
        return actions.withdraw(id, withdrawal.reason());
    }
}
