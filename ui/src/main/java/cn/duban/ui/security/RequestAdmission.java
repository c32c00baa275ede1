package cn.duban.ui.security;

import cn.duban.ui.problem.Problems;
import cn.duban.ui.problem.Unavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounded queueing for the API: at most {@code duban.http.max-concurrent-requests} API requests run at once, each
 * before it touches the database or checks a password; one more waits at most {@code duban.http.admission-wait} for
 * a place and is otherwise answered 503 with {@code Retry-After} at once. Under overload the callers who get in are
 * served at full speed and the others are told quickly, instead of every caller waiting for a connection.
 * Keep the limit below the connection pool (README, "Overload and outages").
 *
 * <p>It is also the outermost place where a request can fail for want of the database before any controller runs
 * (the security filters read accounts and write login records): such a failure is answered 503 here too, by the
 * same rule ({@link Unavailable}), for pages and API alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestAdmission extends OncePerRequestFilter {

    private final Semaphore places;
    private final long waitNanos;
    private final Problems problems;

    RequestAdmission(@Value("${duban.http.max-concurrent-requests}") int limit,
                     @Value("${duban.http.admission-wait}") Duration wait, Problems problems) {
        this.places = new Semaphore(limit, true);
        this.waitNanos = wait.toNanos();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only the API queues: pages, assets and the liveness and readiness probes must answer while the API is
        // saturated. The servlet path, decoded and normalised, so that /%61pi/ cannot go round the queue.
        if (!request.getServletPath().startsWith("/api/")) {
            answerUnavailable(request, response, chain);
            return;
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            problems.writeUnavailable(response);
            return;
        }
        try {
            answerUnavailable(request, response, chain);
        } finally {
            places.release();
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Unavailable.explains(e) || response.isCommitted()) {
                throw e;
            }
            logger.warn("answered 503, the database is out of reach: " + e);
            problems.writeUnavailable(response);
        }
    }
}
