package cn.duban.ui.consistency;

import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.ui.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** A write's position is told (and remembered) only when the write was acknowledged, though it stored events. */
class ReadYourWritesTest {

    private final ReadYourWrites filter = new ReadYourWrites(mock(ReadSideProgress.class), Duration.ofSeconds(3),
            new Problems(new ObjectMapper()));

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_acknowledged_write_answers_its_position() throws Exception {
        assertThat(write(201).getHeader(ReadYourWrites.POSITION)).isEqualTo("42");
    }

    @Test
    void a_write_that_stored_events_and_then_failed_answers_no_position() throws Exception {
        assertThat(write(409).getHeader(ReadYourWrites.POSITION)).isNull();
        assertThat(write(500).getHeader(ReadYourWrites.POSITION)).isNull();
    }

    /** A POST whose handler stores events up to position 42 and then answers {@code status}. */
    private MockHttpServletResponse write(int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tasks/t-1/acknowledge");
        request.setServletPath("/api/tasks/t-1/acknowledge");
        request.getSession(true);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            WrittenPosition.record(42);
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
        });
        return response;
    }
}
