package cn.duban.ui.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Tomcat's own refusals, made before any servlet runs (an encoded slash, backslash or NUL in the path, malformed
 * UTF-8, a traversal Tomcat will not normalize), as a problem detail instead of Tomcat's HTML page, and without the
 * server's name and version. Errors inside the application go to {@link ProblemErrorController} instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        String detail = status.is5xxServerError() ? "服务器内部错误 (internal error)"
                : "请求地址或请求不被接受 (request rejected: " + status.getReasonPhrase()
                .toLowerCase(Locale.ROOT) + ")";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + code + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
