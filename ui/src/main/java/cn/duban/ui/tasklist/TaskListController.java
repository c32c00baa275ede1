package cn.duban.ui.tasklist;

import cn.duban.command.tasklist.TaskListIssuing;
import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.tasklist.TaskListQueries;
import cn.duban.query.tasklist.TaskListView;
import cn.duban.query.workplan.WorkPlanQueries;
import cn.duban.query.workplan.WorkPlanView;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.spreadsheet.Imports;
import cn.duban.ui.web.Pages;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
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
    private final WorkPlanQueries plans;
    private final OrganizationQueries organizations;
    private final Imports imports;

    TaskListController(CommandGateway commands, TaskListDrafting drafting, TaskListIssuing issuing,
                       TaskListQueries taskLists, WorkPlanQueries plans, OrganizationQueries organizations,
                       Imports imports) {
        this.commands = commands;
        this.drafting = drafting;
        this.issuing = issuing;
        this.taskLists = taskLists;
        this.plans = plans;
        this.organizations = organizations;
        this.imports = imports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICE')")
    Map<String, String> draft(@Valid @RequestBody TaskListRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(drafting.command(id, request));
        return Map.of("id", id);
    }

    /** The workbook to fill in for {@link #importList}, made for one plan: its indicators are the columns. */
    @GetMapping("/import-template")
    @PreAuthorize("hasRole('OFFICE')")
    ResponseEntity<byte[]> importTemplate(@RequestParam String workPlan) {
        WorkPlanView plan = plans.current(workPlan).orElseThrow(() -> new NotFoundException("work plan", workPlan));
        return Imports.download(TaskListWorkbook.template(plan, organizations.all()),
                plan.title() + " 交办单导入模板.xlsx");
    }

    /** Drafts a task list from a workbook like the template: all of it, or nothing and every problem by its cell. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICE')")
    Map<String, String> importList(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.run(file, reading -> TaskListWorkbook.read(reading, organizations.all()), this::draft);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasRole('OFFICE')")
    Issued issue(@PathVariable String id, @RequestBody(required = false) Issuing issuing) {
        return new Issued(this.issuing.issue(id, issuing == null ? null : issuing.reportingCycle()));
    }

    /**
     * docs/API.md's task lists; of one plan ({@code workPlan}), in one status, or whose number or title holds {@code q}
     * when asked, and paged.
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    ResponseEntity<List<TaskListView>> all(@RequestParam(required = false) String workPlan,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return Pages.of(taskLists.find(workPlan, status, q), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    TaskListView one(@PathVariable String id) {
        return taskLists.byId(id).orElseThrow(() -> new NotFoundException("task list", id));
    }
}
