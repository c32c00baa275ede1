package cn.duban.ui.problem;

import cn.duban.api.InvalidCommandException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An action that takes no body (acknowledge, a gap review, publish, ...) refuses one that says something: a body
 * that is there must be empty or the empty JSON object {@code {}}, else it is a 400 and the action does not run. A
 * client that sends a malformed or a meaningful body to such an action has made a mistake it should hear of.
 */
final class NoBody implements HandlerInterceptor {

    private static final Pattern NOTHING = Pattern.compile("\\s*(\\{\\s*})?\\s*");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method) || HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod()) || takesInput(method)) {
            return true;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            throw refused();
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!NOTHING.matcher(body).matches()) {
            throw refused();
        }
        return true;
    }

    private static boolean takesInput(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(parameter ->
                parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestPart.class)
                        || parameter.hasParameterAnnotation(RequestParam.class));
    }

    private static InvalidCommandException refused() {
        return new InvalidCommandException("body", "此操作不接受请求体，只可为空或 {} (this action takes no body: "
                + "send none, or {})");
    }
}
