package cn.duban.query.ledger;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTokensTest {

    @Test
    void an_event_is_judged_by_the_token_of_the_segment_its_aggregate_belongs_to() {
        String aggregate = "task-1";
        Segment[] segments = Segment.computeSegments(0, 1);
        int owner = segments[0].matches(aggregate) ? 0 : 1;
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        tokens.put(owner, token(10));
        tokens.put(1 - owner, token(3));

        SegmentTokens committed = SegmentTokens.of(tokens);

        assertThat(committed.passed(aggregate, 9)).isTrue();
        assertThat(committed.passed(aggregate, 11)).isFalse();
        assertThat(committed.highest()).isEqualTo(10);
    }

    @Test
    void a_position_still_awaited_as_a_gap_is_not_passed() {
        assertThat(SegmentTokens.passed(token(10, 7L), 7)).isFalse();
        assertThat(SegmentTokens.passed(token(10, 7L), 8)).isTrue();
    }

    @Test
    void a_replaying_token_counts_by_where_the_replay_has_got_to() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(20), token(5));

        assertThat(SegmentTokens.passed(replaying, 5)).isTrue();
        assertThat(SegmentTokens.passed(replaying, 6)).isFalse();
    }

    @Test
    void a_segment_without_a_token_has_passed_nothing() {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        tokens.put(0, null);

        SegmentTokens committed = SegmentTokens.of(tokens);

        assertThat(committed.passed("any", 1)).isFalse();
        assertThat(committed.highest()).isEqualTo(-1);
    }

    private static TrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }
}
