package cn.duban.ui.problem;

import cn.duban.api.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/** Builds problem details, also for the security filters that answer before any controller runs. */
@Component
public class Problems {

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "输入有误 (invalid input): "
                + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, of(status, detail));
    }

    /** 400 naming the fields, for the filters that answer before any controller. */
    public void writeInvalid(HttpServletResponse response, List<FieldError> errors) throws IOException {
        write(response, invalid(errors));
    }

    /** 503 with {@code Retry-After} ({@link Unavailable}), for the filters that answer before any controller. */
    public void writeUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.retryAfter());
        write(response, Unavailable.problem());
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
