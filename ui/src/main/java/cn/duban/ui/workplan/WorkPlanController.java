package cn.duban.ui.workplan;

import cn.duban.api.AmendWorkPlan;
import cn.duban.api.PlanItem;
import cn.duban.api.PublishWorkPlan;
import cn.duban.query.workplan.WorkPlanQueries;
import cn.duban.query.workplan.WorkPlanView;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.spreadsheet.Imports;
import cn.duban.ui.web.Pages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
@RequestMapping("/api/work-plans")
class WorkPlanController {

    record Amendment(List<@NotNull PlanItem> items, String reason) {
    }

    private final CommandGateway commands;
    private final WorkPlanQueries plans;
    private final Imports imports;

    WorkPlanController(CommandGateway commands, WorkPlanQueries plans, Imports imports) {
        this.commands = commands;
        this.plans = plans;
        this.imports = imports;
    }

    /** docs/API.md's work plans, paged when asked. */
    @GetMapping
    ResponseEntity<List<WorkPlanView>> all(@RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return Pages.of(plans.all(), page, size);
    }

    /** From the plan's stream, so a plan drafted or published a moment ago reads as it is. */
    @GetMapping("/{id}")
    WorkPlanView one(@PathVariable String id) {
        return plans.current(id).orElseThrow(() -> new NotFoundException("work plan", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICE')")
    Map<String, String> draft(@Valid @RequestBody WorkPlanDocument plan) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(plan.draft(id));
        return Map.of("id", id);
    }

    /** The workbook to fill in for {@link #importPlan}: its sheets, headers and drop-down lists. */
    @GetMapping("/import-template")
    @PreAuthorize("hasRole('OFFICE')")
    ResponseEntity<byte[]> importTemplate() {
        return Imports.download(WorkPlanWorkbook.write(WorkPlanWorkbook.template()), "工作计划导入模板.xlsx");
    }

    /** Drafts a plan from a workbook like the template: all of it, or nothing and every problem by its cell. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICE')")
    Map<String, String> importPlan(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.run(file, WorkPlanWorkbook::read, this::draft);
    }

    /** The plan as a workbook in the template's shape, for an office to revise or to start next year's from. */
    @GetMapping("/{id}/workbook")
    ResponseEntity<byte[]> workbook(@PathVariable String id) {
        WorkPlanView plan = one(id);
        return Imports.download(WorkPlanWorkbook.write(new WorkPlanDocument(plan.year(), plan.title(),
                plan.issuer(), plan.framework(), plan.items())), plan.title() + ".xlsx");
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICE')")
    WorkPlanView revise(@PathVariable String id, @Valid @RequestBody WorkPlanDocument plan) {
        commands.sendAndWait(plan.revise(id));
        return one(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('OFFICE')")
    WorkPlanView publish(@PathVariable String id) {
        commands.sendAndWait(new PublishWorkPlan(id));
        return one(id);
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize("hasRole('OFFICE')")
    WorkPlanView amend(@PathVariable String id, @Valid @RequestBody Amendment amendment) {
        commands.sendAndWait(new AmendWorkPlan(id, amendment.items(), amendment.reason()));
        return one(id);
    }
}
