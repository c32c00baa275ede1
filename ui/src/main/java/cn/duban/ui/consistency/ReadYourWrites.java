package cn.duban.ui.consistency;

import cn.duban.api.FieldError;
import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.ui.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Read-your-writes over HTTP. A write that answers 2xx carries {@value #POSITION}, the event-store position it
 * reached; a browser session also remembers it. A read (GET) by that session, or one that sends the position back as
 * {@value #AFTER}, waits until every projection has passed it, at most {@code duban.http.read-your-writes-wait}; past
 * that it answers what the read side holds, marked {@value #STALE}. It runs after authentication, so nobody unknown
 * can make a read wait.
 */
@Component
class ReadYourWrites extends OncePerRequestFilter {

    static final String POSITION = "Duban-Position";
    static final String AFTER = "Duban-After";
    static final String STALE = "Duban-Stale";
    private static final String REMEMBERED = ReadYourWrites.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(ReadYourWrites.class);

    private final ReadSideProgress progress;
    private final Duration bound;
    private final Problems problems;
    private volatile long stuckAt = Long.MAX_VALUE;
    private volatile long stuckUntil;

    ReadYourWrites(ReadSideProgress progress, @Value("${duban.http.read-your-writes-wait}") Duration bound,
                   Problems problems) {
        this.progress = progress;
        this.bound = bound;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getServletPath().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            read(request, response, chain);
        } else {
            write(request, response, chain);
        }
    }

    private void read(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wanted;
        try {
            wanted = Math.max(asked(request), remembered(request.getSession(false)));
        } catch (NumberFormatException e) {
            problems.writeInvalid(response, List.of(new FieldError(AFTER,
                    "须为事件位置，即非负整数")));
            return;
        }
        if (wanted > 0 && !caughtUp(wanted)) {
            response.setHeader(STALE, "true");
            LOG.warn("read of {} answered before the projections passed position {} ({} waited)",
                    request.getRequestURI(), wanted, bound);
        }
        chain.doFilter(request, response);
    }

    /** The body is held back until the chain is done, so that the position can still go in the headers. */
    private void write(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        long position = WrittenPosition.of(request);
        if (position > 0 && held.getStatus() >= 200 && held.getStatus() < 300) {
            held.setHeader(POSITION, Long.toString(position));
            HttpSession session = request.getSession(false);
            if (session != null) {
                synchronized (WebUtils.getSessionMutex(session)) { // two writes of one session at once
                    session.setAttribute(REMEMBERED, Math.max(position, remembered(session)));
                }
            }
        }
        held.copyBodyToResponse();
    }

    /** A position from the future is read as the newest there is: nothing would ever pass it. */
    private long asked(HttpServletRequest request) {
        String after = request.getHeader(AFTER);
        if (after == null) {
            return 0;
        }
        long position = Long.parseLong(after.strip());
        if (position < 0) {
            throw new NumberFormatException(after);
        }
        return Math.min(position, progress.head());
    }

    private static long remembered(HttpSession session) {
        return session != null && session.getAttribute(REMEMBERED) instanceof Long position ? position : 0;
    }

    /**
     * After a wait ran out, reads for that position or a later one check once and do not wait, for as long again or
     * until a check succeeds: a projection that stands still must not make every read of every session wait the
     * whole bound.
     */
    private boolean caughtUp(long position) {
        boolean stuck = position >= stuckAt && System.nanoTime() - stuckUntil < 0;
        try {
            if (progress.await(position, stuck ? Duration.ZERO : bound)) {
                stuckAt = Long.MAX_VALUE; // the projections move again
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (!stuck) {
            stuckAt = position;
            stuckUntil = System.nanoTime() + bound.toNanos();
        }
        return false;
    }
}
