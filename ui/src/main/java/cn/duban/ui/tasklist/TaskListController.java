package cn.duban.ui.tasklist;

import cn.duban.command.tasklist.TaskListIssuing;
import cn.duban.query.tasklist.TaskListQueries;
import cn.duban.query.tasklist.TaskListView;
import cn.duban.ui.problem.NotFoundException;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/task-lists")
class TaskListController {

    record Issued(List<String> taskIds) {
    }

    /** Optional: how often units report, as an ISO-8601 repeating interval (default {@code R/P7D}, weekly). */
    record Issuing(String reportingCycle) {
    }

    private final CommandGateway commands;
    private final TaskListDrafting drafting;
    private final TaskListIssuing issuing;
    private final TaskListQueries taskLists;

    TaskListController(CommandGateway commands, TaskListDrafting drafting, TaskListIssuing issuing,
                       TaskListQueries taskLists) {
        this.commands = commands;
        this.drafting = drafting;
        this.issuing = issuing;
        this.taskLists = taskLists;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICE')")
    Map<String, String> draft(@Valid @RequestBody TaskListRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(drafting.command(id, request));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasRole('OFFICE')")
    Issued issue(@PathVariable String id, @RequestBody(required = false) Issuing issuing) {
        return new Issued(this.issuing.issue(id, issuing == null ? null : issuing.reportingCycle()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    List<TaskListView> all() {
        return taskLists.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    TaskListView one(@PathVariable String id) {
        return taskLists.byId(id).orElseThrow(() -> new NotFoundException("task list", id));
    }
}
