package cn.duban.ui.axon;

import cn.duban.query.ledger.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ProcessorRecoveryTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final StoredTokens tokens = mock(StoredTokens.class);
    private final PooledStreamingEventProcessor processor = mock(PooledStreamingEventProcessor.class);
    /** The share of this node: both halves, as if alone, unless a test says otherwise. */
    private int share = 2;
    private final ProcessorRecovery recovery;

    ProcessorRecoveryTest() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("task-lists", processor));
        when(processor.getName()).thenReturn("task-lists");
        when(processor.isRunning()).thenReturn(true);
        recovery = new ProcessorRecovery(processing, jdbc, tokens, group -> share);
    }

    @Test
    void a_processor_that_holds_every_segment_costs_the_database_nothing() {
        holds(segment(0, 1), segment(1, 1));

        recovery.resumeWhenTheDatabaseAnswers();

        verifyNoInteractions(jdbc, tokens);
    }

    @Test
    void a_segment_nobody_holds_is_claimed_again() {
        holds(segment(0, 1));
        when(jdbc.queryForObject("SELECT 1", Integer.class)).thenReturn(1);
        when(tokens.unclaimed("task-lists")).thenReturn(List.of(1));

        recovery.resumeWhenTheDatabaseAnswers();

        verify(processor).claimSegment(1);
    }

    @Test
    void beside_another_node_it_claims_up_to_its_share_only() {
        share = 1;
        holds(segment(0, 1));

        recovery.resumeWhenTheDatabaseAnswers();
        verifyNoInteractions(jdbc, tokens);

        share = 2;
        when(jdbc.queryForObject("SELECT 1", Integer.class)).thenReturn(1);
        when(tokens.unclaimed("task-lists")).thenReturn(List.of(1, 2, 3));
        recovery.resumeWhenTheDatabaseAnswers();
        verify(processor).claimSegment(1);
        verify(processor, never()).claimSegment(2);
    }

    @Test
    void a_processor_in_its_back_off_resumes_only_once_the_database_answers() {
        when(processor.isError()).thenReturn(true);
        when(jdbc.queryForObject("SELECT 1", Integer.class)).thenThrow(new DataAccessResourceFailureException("down"));

        recovery.resumeWhenTheDatabaseAnswers();
        verify(processor, never()).claimSegment(anyInt());

        doReturn(1).when(jdbc).queryForObject("SELECT 1", Integer.class);
        recovery.resumeWhenTheDatabaseAnswers();
        verify(processor).claimSegment(0);
    }

    private void holds(EventTrackerStatus... statuses) {
        Map<Integer, EventTrackerStatus> held = new java.util.HashMap<>();
        for (EventTrackerStatus status : statuses) {
            held.put(status.getSegment().getSegmentId(), status);
        }
        when(processor.processingStatus()).thenReturn(held);
    }

    /** One of the two halves of the event stream (segments 0 and 1, mask 1). */
    private static EventTrackerStatus segment(int id, int mask) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        Segment half = Segment.ROOT_SEGMENT.split()[id];
        org.assertj.core.api.Assertions.assertThat(half.getMask()).isEqualTo(mask);
        when(status.getSegment()).thenReturn(half);
        return status;
    }
}
