package cn.duban.ui.audit;

import cn.duban.api.IllegalTransitionException;
import cn.duban.api.FieldError;
import cn.duban.audit.Checkpoint;
import cn.duban.audit.CheckpointStore;
import cn.duban.audit.Verification;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.history.EventLog;
import cn.duban.query.history.EventLogPage;
import cn.duban.query.ledger.DeadLetter;
import cn.duban.query.ledger.DeadLetters;
import cn.duban.query.rebuild.ProjectionRebuild;
import cn.duban.query.rebuild.RebuildReport;
import cn.duban.query.rebuild.RebuildRunningException;
import cn.duban.query.rebuild.RebuildTimeoutException;
import cn.duban.ui.history.Checkpoints;
import cn.duban.ui.history.HistoryVerification;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The global event log and the rebuild of every projection (docs/API.md); the verification of the history and its
 * signed checkpoints ({@code cn.duban.ui.history}).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record Rebuilt(List<RebuildReport> projections) {
    }

    /** Which history to verify: one task's stream, or (no task) the whole store. */
    record VerifyRequest(String taskId) {
    }

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_AGGREGATE_ID = 255;
    private static final int MAX_DEAD_LETTERS = 1000;

    private final EventLog log;
    private final ProjectionRebuild rebuild;
    private final HistoryVerification verification;
    private final Checkpoints checkpoints;
    private final DeadLetters letters;

    AuditController(EventLog log, ProjectionRebuild rebuild, HistoryVerification verification,
                    Checkpoints checkpoints, DeadLetters letters) {
        this.letters = letters;
        this.log = log;
        this.rebuild = rebuild;
        this.verification = verification;
        this.checkpoints = checkpoints;
    }

    /** The events a projection could not apply, with their cause: fix the cause, then rebuild to try them again. */
    @GetMapping("/dead-letters")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    List<DeadLetter> deadLetters() {
        return letters.all(MAX_DEAD_LETTERS);
    }

    @PostMapping("/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    Verification verify(@RequestBody(required = false) VerifyRequest request) {
        String task = request == null ? null : request.taskId();
        if (task != null && (task.isBlank() || task.length() > MAX_AGGREGATE_ID)) {
            throw new InvalidCommandException("taskId", "须为任务编号");
        }
        Verification result = verification.verify(task);
        if (task != null && result.eventsChecked() == 0 && result.intact()) {
            throw new NotFoundException("task", task);
        }
        return result;
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    /** Signs the head now: 201 with the new checkpoint, 200 with the newest when nothing was stored since. */
    @PostMapping("/checkpoints")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    ResponseEntity<Checkpoint> signCheckpoint() {
        CheckpointStore.Signing signed = checkpoints.signNow()
                .orElseThrow(() -> new IllegalTransitionException("库中尚无事件可签 (the store holds no event to sign yet)"));
        return ResponseEntity.status(signed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(signed.checkpoint());
    }

    /** The signed checkpoint file, for the auditor to keep outside the system. */
    @GetMapping("/checkpoints/{id}")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    ResponseEntity<String> checkpointFile(@PathVariable long id) {
        Checkpoint checkpoint = checkpoints.find(id).orElseThrow(() -> new NotFoundException("checkpoint", String.valueOf(id)));
        return attachment(checkpoint.fileName(), MediaType.APPLICATION_JSON, checkpoint.toJson());
    }

    @GetMapping("/public-key")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    ResponseEntity<String> publicKey() {
        return attachment("checkpoint-signing.pub.pem", MediaType.TEXT_PLAIN, checkpoints.publicKey());
    }

    private static ResponseEntity<String> attachment(String name, MediaType type, String body) {
        return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    @GetMapping("/events")
    @PreAuthorize("hasRole('AUDITOR')")
    EventLogPage events(@RequestParam(required = false) String aggregate,
                        @RequestParam(defaultValue = "0") long after,
                        @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (after < 0) {
            errors.add(new FieldError("after", "须为不小于 0 的位置"));
        }
        if (limit < 1 || limit > EventLog.MAX_LIMIT) {
            errors.add(new FieldError("limit", "须在 1 到 " + EventLog.MAX_LIMIT + " 之间"));
        }
        if (aggregate != null && (aggregate.isBlank() || aggregate.length() > MAX_AGGREGATE_ID)) {
            errors.add(new FieldError("aggregate", "须为聚合编号"));
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
