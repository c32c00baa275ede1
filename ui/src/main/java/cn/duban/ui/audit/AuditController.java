package cn.duban.ui.audit;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.history.EventLog;
import cn.duban.query.history.EventLogPage;
import cn.duban.query.rebuild.ProjectionRebuild;
import cn.duban.query.rebuild.RebuildReport;
import cn.duban.query.rebuild.RebuildRunningException;
import cn.duban.query.rebuild.RebuildTimeoutException;
import cn.duban.ui.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The global event log and the rebuild of every projection (API.md). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record Rebuilt(List<RebuildReport> projections) {
    }

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_AGGREGATE_ID = 255;

    private final EventLog log;
    private final ProjectionRebuild rebuild;

    AuditController(EventLog log, ProjectionRebuild rebuild) {
        this.log = log;
        this.rebuild = rebuild;
    }

    @GetMapping("/events")
    @PreAuthorize("hasRole('AUDITOR')")
    EventLogPage events(@RequestParam(required = false) String aggregate,
                        @RequestParam(defaultValue = "0") long after,
                        @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (after < 0) {
            errors.add(new FieldError("after", "must be a position, 0 or more"));
        }
        if (limit < 1 || limit > EventLog.MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + EventLog.MAX_LIMIT));
        }
        if (aggregate != null && (aggregate.isBlank() || aggregate.length() > MAX_AGGREGATE_ID)) {
            errors.add(new FieldError("aggregate", "must be an aggregate id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return log.page(aggregate, after, limit);
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Rebuilt rebuild() {
        return new Rebuilt(rebuild.rebuildAll());
    }

    @ExceptionHandler(RebuildRunningException.class)
    ProblemDetail running(RebuildRunningException e) {
        return Problems.of(HttpStatus.CONFLICT, "重建正在进行 (a rebuild is already running)");
    }

    @ExceptionHandler(RebuildTimeoutException.class)
    ProblemDetail timeout(RebuildTimeoutException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "重建超时 (rebuild timed out): " + e.getMessage());
    }
}
