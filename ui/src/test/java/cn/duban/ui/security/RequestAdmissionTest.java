package cn.duban.ui.security;

import cn.duban.ui.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAdmissionTest {

    private final RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(100),
            new Problems(new ObjectMapper().findAndRegisterModules()));

    @Test
    void a_request_past_the_limit_is_answered_503_with_retry_after_once_its_wait_is_over() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain busy = (request, response) -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> run("/api/tasks", busy));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = run("/api/tasks", new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("服务暂时不可用");
        assertThat(run("/login", new MockFilterChain()).getStatus()).as("pages are not queued").isEqualTo(200);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(run("/api/tasks", new MockFilterChain()).getStatus()).as("the place is free again").isEqualTo(200);
    }

    private MockHttpServletResponse run(String path, FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    @Test
    void a_request_that_fails_for_want_of_the_database_before_any_controller_is_answered_503() {
        FilterChain noConnection = (request, response) -> {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection",
                    new java.sql.SQLTransientConnectionException("Connection is not available"));
        };
        MockHttpServletResponse api = run("/api/tasks", noConnection);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("2");
        assertThat(run("/login", noConnection).getStatus()).as("pages too").isEqualTo(503);

        FilterChain bug = (request, response) -> {
            throw new IllegalStateException("a bug, not an outage");
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("/api/tasks", bug))
                .hasRootCauseMessage("a bug, not an outage");
    }
}
