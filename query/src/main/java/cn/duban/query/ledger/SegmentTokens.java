package cn.duban.query.ledger;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A processor's committed tokens, one per segment. A segment's token moves only when that segment handles an event,
 * so whether an event is behind a processor is asked of the one segment that owns it: the segment its aggregate id
 * hashes to (Axon's default sequencing policy, sequential per aggregate, which Duban's projections use).
 */
public record SegmentTokens(List<Entry> entries) {

    /** One segment and its token; the token is null before the segment handled anything. */
    public record Entry(Segment segment, TrackingToken token) {
    }

    static SegmentTokens of(Map<Integer, TrackingToken> tokensBySegmentId) {
        int[] ids = tokensBySegmentId.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new SegmentTokens(tokensBySegmentId.entrySet().stream()
                .map(entry -> new Entry(Segment.computeSegment(entry.getKey(), ids), entry.getValue()))
                .toList());
    }

    /** Whether the segment owning that aggregate's events has handled or passed the position (not awaiting it). */
    public boolean passed(String aggregateId, long position) {
        return entries.stream().filter(entry -> entry.segment().matches(aggregateId)).findFirst()
                .map(entry -> passed(entry.token(), position)).orElse(false);
    }

    /** The furthest position any segment has reached, -1 before any. */
    public long highest() {
        return entries.stream().mapToLong(entry -> position(entry.token())).max().orElse(-1);
    }

    static boolean passed(TrackingToken token, long position) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (current instanceof GapAwareTrackingToken gapAware) {
            return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
        }
        return position(current) >= position;
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1);
    }
}
