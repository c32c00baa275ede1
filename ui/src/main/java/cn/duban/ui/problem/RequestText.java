package cn.duban.ui.problem;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Path ids and query parameters follow {@link TextRule} like the body does (none is free text), are at most
 * {@value #MAX_LENGTH} characters and, in the query, valid UTF-8: a NUL in a task id or an organization filter is a
 * 400 naming it before any controller, query or command sees it.
 */
final class RequestText implements HandlerInterceptor {

    /** Ids are at most 64 characters (the aggregates' rule) and filters are ids, codes, statuses and instants. */
    static final int MAX_LENGTH = 255;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true; // an error page for a request already judged
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), errors));
        }
        if (request.getQueryString() != null) {
            checkEncoding(request.getQueryString(), errors);
            request.getParameterMap().forEach((name, values) -> {
                check(name, name, errors);
                for (String value : values) {
                    check(name, value, errors);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return true;
    }

    private static void check(String field, String text, List<FieldError> errors) {
        if (text.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "不能超过 " + MAX_LENGTH + " 个字符 (must be at most " + MAX_LENGTH
                    + " characters)"));
        } else {
            TextRule.fault(text, false).ifPresent(fault -> errors.add(new FieldError(field, fault)));
        }
    }

    /**
     * The container decodes parameters leniently, turning bytes that are not UTF-8 into U+FFFD: a filter that can
     * never have been meant is refused here instead of quietly matching nothing.
     */
    private static void checkEncoding(String query, List<FieldError> errors) {
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(percentDecoded(pair)));
            } catch (CharacterCodingException | IllegalArgumentException e) {
                errors.add(new FieldError(name.length() > MAX_LENGTH ? "query" : name,
                        "不是有效的 UTF-8 编码 (is not valid percent-encoded UTF-8)"));
            }
        }
    }

    private static byte[] percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("a cut-off escape");
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
