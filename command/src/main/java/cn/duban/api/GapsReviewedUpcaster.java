package cn.duban.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link GapsReviewed} revision 1 to 2: revision 1 did not record the completion and the days late, and nothing can
 * tell them afterwards (the deadline and figures of that day are in other events, the day's clock is gone), so they
 * read as explicitly unknown.
 */
public class GapsReviewedUpcaster extends RevisionUpcaster {

    public GapsReviewedUpcaster() {
        super(GapsReviewed.class, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putNull("completion");
        payload.putNull("daysLate");
    }
}
