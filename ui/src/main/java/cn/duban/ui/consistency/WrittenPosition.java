package cn.duban.ui.consistency;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The highest event-store position that the current HTTP request's transactions stored, recorded by the event store
 * as it chains them (just before each commit); a request that fails after it is not answered 2xx, so the position is
 * never announced for a write that did not commit. Outside a request (jobs, processors) nothing is recorded.
 */
public final class WrittenPosition {

    private static final String ATTRIBUTE = WrittenPosition.class.getName();

    private WrittenPosition() {
    }

    public static void record(long position) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && position > 0) {
            request.setAttribute(ATTRIBUTE, Math.max(position, of(request)), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** 0 when the request stored nothing. Request-scoped attributes live on the servlet request itself. */
    static long of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Long position ? position : 0;
    }

    private static long of(RequestAttributes request) {
        return request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long position ? position : 0;
    }
}
