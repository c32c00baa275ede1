package cn.duban.ui.problem;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.FieldError;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.InvalidCommandException;
import cn.duban.ui.evidence.EvidenceCorruptedException;
import cn.duban.ui.evidence.UnsupportedEvidenceException;
import cn.duban.ui.spreadsheet.ImportRefusedException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps refusals to docs/API.md's status codes: 400 bad input (naming the fields), 403 not allowed, 404 unknown id, 409
 * a state or process that does not allow the action now, or a concurrent change of the same stream.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalid(InvalidCommandException e) {
        return Problems.invalid(e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldError(e.getName(), "取值无效：" + e.getValue())));
    }

    @ExceptionHandler({ActionNotAllowedException.class, AccessDeniedException.class})
    ProblemDetail notAllowed(RuntimeException e) {
        // the reason may name whose the task is: logged, never told to a caller who may not know it
        LOG.info("refused: {}", e.getMessage());
        return Problems.of(HttpStatus.FORBIDDEN, "无权执行此操作 (not allowed)");
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "未找到 (not found): " + e.getMessage());
    }

    @ExceptionHandler(UnsupportedEvidenceException.class)
    ProblemDetail unsupported(UnsupportedEvidenceException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的文件 (unsupported file): " + e.getMessage());
    }

    /** Bytes that no longer match their recorded digest are never served; the cause is logged where it was found. */
    @ExceptionHandler(EvidenceCorruptedException.class)
    ProblemDetail corrupted(EvidenceCorruptedException e) {
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "佐证材料已损坏 (evidence corrupted): " + e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail conflict(IllegalTransitionException e) {
        return Problems.of(HttpStatus.CONFLICT, "当前状态不允许此操作 (not allowed now): " + e.getMessage());
    }

    /**
     * Two writers of one stream, or a stream created twice (an organization code registered again): the unique
     * (aggregate, sequence) key of the event store lets exactly one of them in, on any node.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            DataIntegrityViolationException.class})
    ProblemDetail concurrent(RuntimeException e) {
        LOG.info("refused a concurrent or duplicate change: {}", e.getMessage());
        return Problems.of(HttpStatus.CONFLICT, "数据已被他人修改或已存在，请刷新后重试 (concurrent or duplicate change)");
    }

    /** A body that takes no JSON reader past the limit: an action without a body reads it to check it is empty. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /** An import refused whole: every problem with its sheet, row and column, as {field, message, sheet, row, column}. */
    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail importRefused(ImportRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "导入被拒绝，未导入任何内容：共 "
                + e.problems().size() + " 处问题");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    /** A multipart body the container cannot parse (no boundary, cut short): the client's fault, not ours. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return Problems.invalid(List.of(new FieldError("file",
                "不是有效的 multipart/form-data 请求 (not a well-formed multipart/form-data request)")));
    }

    /**
     * Anything nobody expected is still a problem detail, and says nothing of the internals: 503 with
     * {@code Retry-After} when the database is out of reach or the pool is exhausted ({@link Unavailable}),
     * otherwise 500, its cause logged with a reference the caller can quote.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Unavailable.explains(e)) {
            LOG.warn("answered 503, the database is out of reach: {}", e.toString());
            return Unavailable.answer();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", reference, e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请联系管理员并提供编号 " + reference + " (internal error, reference " + reference + ")"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    /** An address nothing answers: said in Chinese like every other refusal, naming the path but no internals. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "未找到该地址 (no such address): /" + e.getResourcePath()));
    }

    /** A required query parameter (such as {@code workPlan}) is missing: name it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(Problems.invalid(List.of(new FieldError(e.getParameterName(), "必须填写"))));
    }

    /**
     * A file past {@code max-file-size} is 413. The container also reports a part whose headers pass
     * {@code server.tomcat.max-part-header-size} as a size exceeded: that is a file name far too long, a 400.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (partHeaderTooLarge(e)) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(new FieldError("file",
                    "文件名过长 (the file name is far too long)"))));
        }
        String limit = e.getMaxUploadSize() > 0 ? " (at most " + e.getMaxUploadSize() + " bytes)" : "";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大 (file too large)" + limit));
    }

    /**
     * Malformed JSON, a value of the wrong type, or a field the request does not have: name the field where Jackson
     * knows it. A body beyond the size limit ({@link BodyTooLargeException}) is 413.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
        }
        if (cause instanceof RefusedTextException refused) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldError(refused.field(), refused.reason()))));
        }
        boolean malformed = !(e.getCause() instanceof JsonMappingException)
                || cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
        FieldError error;
        if (malformed) {
            error = new FieldError("body", "不是格式正确的 JSON");
        } else if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(path(unknown), "不是本请求的字段");
        } else {
            error = new FieldError(path((JsonMappingException) e.getCause()), "取值类型不对");
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(error)));
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static boolean partHeaderTooLarge(Throwable e) {
        for (Throwable at = e; at != null; at = at.getCause()) {
            if (at.getMessage() != null && at.getMessage().toLowerCase(Locale.ROOT).contains("header section")) {
                return true;
            }
        }
        return false;
    }
}
