package cn.duban.query.rebuild;

import cn.duban.query.Projection;
import cn.duban.query.cluster.ThisNode;
import cn.duban.query.ledger.DeadLetter;
import cn.duban.query.ledger.DeadLetters;
import cn.duban.query.ledger.HandledTypes;
import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.query.ledger.Reconciliation;
import cn.duban.query.ledger.SegmentTokens;
import cn.duban.query.ledger.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProjectionRebuildTest {

    private final Projection projection = new Projection() {
        @Override
        public String processingGroup() {
            return "things";
        }

        @Override
        public List<String> tables() {
            return List.of("thing");
        }
    };
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final TableSnapshots snapshots = mock(TableSnapshots.class);
    private final Reconciliation reconciliation = mock(Reconciliation.class);
    private final DeadLetters letters = mock(DeadLetters.class);
    private final StoredTokens tokens = mock(StoredTokens.class);
    private final RebuildLease lease = mock(RebuildLease.class);
    private final ThisNode node = new ThisNode();
    private final ProjectionRebuild rebuild;

    ProjectionRebuildTest() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor("things", StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        when(tokens.of("things")).thenReturn(new SegmentTokens(List.of()));
        ReadSideProgress progress = mock(ReadSideProgress.class);
        when(progress.head()).thenReturn(7L);
        HandledTypes types = mock(HandledTypes.class);
        when(types.of(projection)).thenReturn(List.of("Thing"));
        // each wait sees the processor one event behind once, then caught up
        when(reconciliation.behind(eq("things"), eq(List.of("Thing")), anyLong())).thenReturn(1L, 0L, 1L, 0L);
        when(reconciliation.count(eq(List.of("Thing")), eq(7L), anyLong())).thenReturn(2L);
        when(letters.of("things")).thenReturn(List.of(new DeadLetter("things", 5, "thing-1", "Thing", "boom", "now")));
        rebuild = new ProjectionRebuild(List.of(projection), processing, tokens, types, reconciliation, snapshots,
                progress, letters, lease, node, Duration.ofMillis(500));
        when(lease.acquire(any())).thenReturn(true);
    }

    @Test
    void a_projection_is_stopped_read_reset_replayed_read_again_and_restarted() {
        when(snapshots.digest(any())).thenReturn("same");

        assertThat(rebuild.rebuildAll()).as("two events arrived during the rebuild")
                .containsExactly(new RebuildReport("things", true, 2, 1));

        var order = inOrder(processor, snapshots, reconciliation);
        order.verify(reconciliation, times(2)).behind(eq("things"), eq(List.of("Thing")), eq(7L));
        order.verify(processor).shutDown();
        order.verify(snapshots).digest(List.of("thing"));
        order.verify(processor).resetTokens();
        order.verify(processor).start();
        order.verify(reconciliation, times(2)).behind(eq("things"), eq(List.of("Thing")), anyLong());
        order.verify(processor).shutDown();
        order.verify(snapshots).digest(List.of("thing"));
        order.verify(processor).start();
        verify(lease).release();
    }

    @Test
    void a_rebuild_on_another_node_is_a_second_rebuild_too() {
        when(lease.acquire(any())).thenReturn(false);

        assertThatThrownBy(rebuild::rebuildAll).isInstanceOf(RebuildRunningException.class);

        verify(processor, never()).shutDown();
        verify(lease, never()).release();
    }

    @Test
    void it_replays_only_once_the_other_nodes_have_let_go_of_every_segment() {
        when(snapshots.digest(any())).thenReturn("same");
        when(tokens.heldByOthers("things", node.id())).thenReturn(3, 1, 0);
        when(tokens.unclaimed("things")).thenReturn(List.of(4, 5), List.of());

        assertThat(rebuild.rebuildAll()).hasSize(1);
        verify(processor).claimSegment(4);
        verify(processor).claimSegment(5);

        var order = inOrder(tokens, processor, lease);
        order.verify(lease).acquire(Duration.ofMillis(500).plusSeconds(30));
        order.verify(tokens, times(3)).heldByOthers("things", node.id());
        order.verify(processor).shutDown();
        order.verify(processor).resetTokens();
        order.verify(lease).release();
    }

    @Test
    void segments_never_let_go_of_fail_the_rebuild_at_its_deadline_and_give_the_lease_back() {
        when(tokens.heldByOthers("things", node.id())).thenReturn(1);

        assertThatThrownBy(rebuild::rebuildAll).isInstanceOf(RebuildTimeoutException.class)
                .hasMessageContaining("other nodes");

        verify(processor, never()).resetTokens();
        verify(lease).release();
    }

    @Test
    void a_projection_that_never_catches_up_fails_the_rebuild_at_its_deadline_and_runs_again() {
        when(snapshots.digest(any())).thenReturn("same");
        // caught up before the rebuild, never again during the replay
        when(reconciliation.behind(eq("things"), eq(List.of("Thing")), anyLong())).thenReturn(0L, 1L);
        when(processor.isRunning()).thenReturn(false);

        long started = System.nanoTime();
        assertThatThrownBy(rebuild::rebuildAll).isInstanceOf(RebuildTimeoutException.class)
                .hasMessageContaining("things");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // not running (so the mock says): started before the wait for the others, after the reset, and again when
        // the deadline stopped the wait
        verify(processor, times(3)).start();
        when(reconciliation.behind(eq("things"), eq(List.of("Thing")), anyLong())).thenReturn(0L);
        assertThat(rebuild.rebuildAll()).as("the lock was released").hasSize(1);
    }

    @Test
    void different_rows_after_the_replay_are_reported() {
        when(snapshots.digest(any())).thenReturn("before", "after");

        assertThat(rebuild.rebuildAll()).containsExactly(new RebuildReport("things", false, 2, 1));
    }

    @Test
    void a_second_rebuild_while_one_runs_is_refused() throws Exception {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(snapshots.digest(any())).thenReturn("same");
        doAnswer(invocation -> {
            stopping.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }).when(processor).shutDown();
        CompletableFuture<List<RebuildReport>> first = CompletableFuture.supplyAsync(rebuild::rebuildAll);
        assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(rebuild::rebuildAll).isInstanceOf(RebuildRunningException.class);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(1);
    }
}
