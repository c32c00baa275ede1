package cn.duban.query.ledger;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    @Test
    void an_absent_event_that_every_token_has_passed_is_missing() {
        List<TrackingToken> tokens = List.of(token(10), token(12));

        assertThat(Reconciliation.missing(List.of(4L, 9L), tokens)).containsExactly(4L, 9L);
    }

    @Test
    void an_absent_event_still_awaited_as_a_gap_is_not_missing_yet() {
        List<TrackingToken> tokens = List.of(token(10, 7L), token(10));

        assertThat(Reconciliation.missing(List.of(7L, 8L), tokens)).containsExactly(8L);
    }

    @Test
    void an_absent_event_beyond_some_segments_token_is_not_due_yet() {
        assertThat(Reconciliation.missing(List.of(11L), List.of(token(12), token(10)))).isEmpty();
    }

    @Test
    void a_replaying_token_counts_by_where_the_replay_has_got_to() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(20), token(5));

        assertThat(Reconciliation.passed(replaying, 5)).isTrue();
        assertThat(Reconciliation.passed(replaying, 6)).isFalse();
    }

    @Test
    void the_lowest_position_of_no_tokens_is_before_the_first_event() {
        assertThat(Reconciliation.lowest(List.of())).isEqualTo(-1);
        assertThat(Reconciliation.lowest(List.of(token(9), token(4)))).isEqualTo(4);
    }

    private static TrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }
}
