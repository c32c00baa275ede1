package cn.duban.ui.paperwork;

import cn.duban.api.InvalidCommandException;
import cn.duban.api.TaskListIssued;
import cn.duban.query.history.EventStreams;
import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.status.Standing;
import cn.duban.query.status.StatusQueries;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.tasklist.TaskListQueries;
import cn.duban.query.tasklist.TaskListView;
import cn.duban.query.workplan.WorkPlanQueries;
import cn.duban.query.workplan.WorkPlanView;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import cn.duban.ui.spreadsheet.Imports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The paperwork as downloads: the 台账, the board and the ranking as workbooks (now or {@code asOf} a past instant),
 * a task list as its printed 督查交办单 and a period's 督查通报 as PDF, and both as the {@link Paper} the browser's
 * print view lays out. Read-only, for the office and auditors.
 */
@RestController
@RequestMapping("/api/paperwork")
@PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
class PaperworkController {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatusQueries status;
    private final WorkPlanQueries plans;
    private final TaskListQueries taskLists;
    private final OrganizationQueries organizations;
    private final EventStreams streams;
    private final Clock clock;

    PaperworkController(StatusQueries status, WorkPlanQueries plans,
                        TaskListQueries taskLists, OrganizationQueries organizations, EventStreams streams,
                        Clock clock) {
        this.status = status;
        this.plans = plans;
        this.taskLists = taskLists;
        this.organizations = organizations;
        this.streams = streams;
        this.clock = clock;
    }

    /** The 台账 of a plan, or of one of its task lists: one row per task. */
    @GetMapping("/register")
    ResponseEntity<byte[]> register(@RequestParam String workPlan, @RequestParam(required = false) String taskList,
                                    @RequestParam(required = false) Instant asOf) {
        Instant moment = PastMoment.check(asOf, clock);
        Standing standing = standing(workPlan, moment);
        if (taskList != null && taskLists.byId(taskList).filter(l -> l.workPlanId().equals(workPlan)).isEmpty()) {
            throw new NotFoundException("task list of this plan", taskList);
        }
        List<TaskDetails> register = standing.tasks().stream()
                .filter(task -> taskList == null || task.taskListId().equals(taskList))
                .toList();
        byte[] book = PaperworkWorkbooks.register(standing.plan(), moment(moment), register,
                taskLists.numbers(workPlan), organizations.names());
        return Imports.download(book, standing.plan().title() + " 台账.xlsx");
    }

    /** The status board: each organization's row, and the city-wide roll-up of every indicator. */
    @GetMapping("/status")
    ResponseEntity<byte[]> status(@RequestParam String workPlan, @RequestParam(required = false) Instant asOf) {
        Standing standing = standing(workPlan, PastMoment.check(asOf, clock));
        byte[] book = PaperworkWorkbooks.board(standing.plan(), moment(asOf), standing.organizations(),
                standing.planItems());
        return Imports.download(book, standing.plan().title() + " 督查进度.xlsx");
    }

    @GetMapping("/ranking")
    ResponseEntity<byte[]> ranking(@RequestParam String workPlan, @RequestParam(required = false) Instant asOf) {
        Standing standing = standing(workPlan, PastMoment.check(asOf, clock));
        byte[] book = PaperworkWorkbooks.ranking(standing.plan(), moment(asOf), standing.ranking());
        return Imports.download(book, standing.plan().title() + " 考核排名.xlsx");
    }

    /** The 督查交办单 as it is sent out, with the day it was issued (a draft says so), as PDF. */
    @GetMapping("/task-lists/{id}")
    ResponseEntity<byte[]> taskList(@PathVariable String id) {
        return pdf(taskListPaper(id));
    }

    /** The same 交办单 as the blocks the browser's print view lays out. */
    @GetMapping("/task-lists/{id}/paper")
    Paper taskListPaper(@PathVariable String id) {
        TaskListView list = taskLists.byId(id).orElseThrow(() -> new NotFoundException("task list", id));
        WorkPlanView plan = plan(list.workPlanId(), null);
        LocalDate issued = !list.issued() ? null : streams.read(id, "TaskList", null)
                .orElseThrow().stream()
                .filter(event -> event.getPayload() instanceof TaskListIssued)
                .map(event -> LocalDate.ofInstant(event.getTimestamp(), zone()))
                .findFirst().orElse(null);
        return TaskListPrint.paper(list, plan, organizations.names(), issued);
    }

    /** The 督查通报 of the days {@code from} to {@code to}, as things stood at the start and the end of them, as PDF. */
    @GetMapping("/bulletin")
    ResponseEntity<byte[]> bulletin(@RequestParam String workPlan,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return pdf(bulletinPaper(workPlan, from, to));
    }

    /** The same 通报 as the blocks the browser's print view lays out. */
    @GetMapping("/bulletin/paper")
    Paper bulletinPaper(@RequestParam String workPlan,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Instant start = from.atStartOfDay(zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone()).toInstant();
        if (to.isBefore(from)) {
            throw new InvalidCommandException("to", "不能早于开始日期 " + from);
        }
        if (start.isAfter(clock.instant())) {
            throw new InvalidCommandException("from", "不能是将来的日期");
        }
        Instant atEnd = end.isAfter(clock.instant()) ? null : end;
        Standing standing = standing(workPlan, atEnd);
        var period = new BulletinPrint.Period(from, atEnd == null ? LocalDate.now(clock) : to,
                status.organizations(workPlan, null, start).orElse(List.of()),   // the plan may be younger
                standing.organizations(), standing.tasks(), standing.ranking());
        return BulletinPrint.paper(standing.plan(), period, organizations.names());
    }

    private Standing standing(String workPlan, Instant asOf) {
        return status.standing(workPlan, asOf).orElseThrow(() -> new NotFoundException("work plan", workPlan));
    }

    private WorkPlanView plan(String id, Instant asOf) {
        return plans.asOf(id, asOf).orElseThrow(() -> new NotFoundException("work plan", id));
    }

    private String moment(Instant asOf) {
        String when = MOMENT.format((asOf == null ? clock.instant() : asOf).atZone(zone()));
        return (asOf == null ? "截至 " : "截至历史时刻 ") + when + "（" + zone().getId() + "）";
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** Inline, so that the browser shows it ready to print, named after the paper for saving. */
    private static ResponseEntity<byte[]> pdf(Paper paper) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(paper.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(PaperPdf.render(paper));
    }
}
