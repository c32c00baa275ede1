package cn.duban.ui.task;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.AssessTask;
import cn.duban.api.DecideExtension;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.RequestExtension;
import cn.duban.api.ReviewGaps;
import cn.duban.api.UrgeTask;
import cn.duban.api.WithdrawTask;
import cn.duban.api.Actor;
import cn.duban.api.Light;
import cn.duban.api.Role;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskStream;
import cn.duban.query.history.EventStreams;
import cn.duban.query.history.HistoryEntry;
import cn.duban.query.Paging;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskFilter;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.task.TaskSummary;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.web.Pages;
import cn.duban.ui.workflow.TaskActions;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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
import java.util.Optional;

/**
 * The supervision loop over HTTP: each action translates its request into its command, which {@link TaskActions}
 * sends and its events move the process; it answers the task as its stream now says. Who may act is decided by the
 * aggregate, from the command's metadata.
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

    /**
     * docs/API.md's task summaries, filtered also by work plan, item, light and overdue, each with its light; one page
     * of them with {@code page} or {@code size} ({@link Pages}).
     */
    @GetMapping
    @ApiResponse(responseCode = "200", description = "the tasks, or one page of them", headers = {
            @Header(name = Pages.TOTAL_COUNT, description = "with page or size: how many tasks the whole list has"),
            @Header(name = "Link", description = "with page or size: the first, prev, next and last pages")})
    ResponseEntity<List<TaskSummary>> find(@RequestParam(required = false) String organization,
                                           @RequestParam(required = false) TaskStatus status,
                                           @RequestParam(required = false) String taskList,
                                           @RequestParam(required = false) String workPlan,
                                           @RequestParam(required = false) String item,
                                           @RequestParam(required = false) Light light,
                                           @RequestParam(required = false) Boolean overdue,
                                           @RequestParam(required = false) Instant asOf,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.require();
        // docs/API.md lets everyone list tasks, the administrator included; only a unit is cut to its own
        boolean seesAll = actor.readsEveryOrganization() || actor.has(Role.ADMIN);
        if (!seesAll) {
            if (organization != null && !actor.actsFor(organization)) {
                throw new ActionNotAllowedException(actor.username() + " may not list tasks of " + organization);
            }
            organization = actor.organization();
        }
        TaskFilter filter = new TaskFilter(organization, status, taskList, workPlan, item, light, overdue);
        Instant moment = PastMoment.check(asOf, clock);
        Optional<Paging> paging = Pages.asked(page, size);
        return paging.isPresent() ? Pages.answer(tasks.find(filter, moment, paging.get()), paging.get())
                : ResponseEntity.ok(tasks.find(filter, moment));
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
        return streams.history(id, TaskStream.TYPE).orElseThrow(() -> new NotFoundException("task", id));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails acknowledge(@PathVariable String id) {
        return actions.act(id, new AcknowledgeTask(id));
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails report(@PathVariable String id, @RequestBody TaskRequests.Report report) {
        return actions.act(id, new ReportProgress(id, report.figures(), report.narrative(), report.evidence()));
    }

    @PostMapping("/{id}/urges")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails urge(@PathVariable String id, @RequestBody TaskRequests.Urge urge) {
        return actions.act(id, new UrgeTask(id, urge.message()));
    }

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails requestExtension(@PathVariable String id, @RequestBody TaskRequests.ExtensionRequest request) {
        return actions.act(id, new RequestExtension(id, request.dueDate(), request.reason()));
    }

    @PostMapping("/{id}/extension-decisions")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails decideExtension(@PathVariable String id,
                                @Valid @RequestBody TaskRequests.ExtensionDecision decision) {
        return actions.act(id, new DecideExtension(id, decision.approved(), decision.comment()));
    }

    @PostMapping("/{id}/gap-reviews")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails reviewGaps(@PathVariable String id) {
        return actions.act(id, new ReviewGaps(id));
    }

    @PostMapping("/{id}/rectifications")
    @PreAuthorize("hasRole('UNIT')")
    TaskDetails rectify(@PathVariable String id, @RequestBody TaskRequests.Rectification rectification) {
        return actions.act(id, new RectifyGaps(id, rectification.figures(), rectification.narrative(),
                rectification.evidence()));
    }

    @PostMapping("/{id}/assessment")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails assess(@PathVariable String id, @Valid @RequestBody TaskRequests.Assessment assessment) {
        return actions.act(id, new AssessTask(id, assessment.score(), assessment.comment()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('OFFICE')")
    TaskDetails withdraw(@PathVariable String id, @RequestBody TaskRequests.Withdrawal withdrawal) {
        return actions.act(id, new WithdrawTask(id, withdrawal.reason()));
    }
}
