package cn.duban.ui.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers for errors no controller advice saw (a filter failed, the container refused the request, a response was
 * sent with {@code sendError}): a problem detail like every other answer, with the status and what it means, and
 * never the exception, its message or the stack. It takes the place of Spring Boot's error controller.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND; // /error asked for directly: there is nothing there
        }
        problems.write(response, status, detail(status));
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求有误 (bad request)";
            case UNAUTHORIZED -> "请先登录 (authentication required)";
            case FORBIDDEN -> "无权执行此操作 (not allowed)";
            case NOT_FOUND -> "未找到该地址 (no such address)";
            case METHOD_NOT_ALLOWED -> "不支持此请求方法 (method not allowed)";
            case PAYLOAD_TOO_LARGE -> "请求体过大 (request too large)";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的请求类型 (unsupported media type)";
            default -> status.is5xxServerError() ? "服务器内部错误 (internal error)"
                    : "请求未被接受 (" + status.getReasonPhrase().toLowerCase(Locale.ROOT) + ")";
        };
    }
}
