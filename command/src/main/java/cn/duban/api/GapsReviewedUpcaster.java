package cn.duban.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link GapsReviewed} revision 1 to 2: revision 1 did not record the completion and the days late, and nothing can
 * tell them afterwards (the deadline and figures of that day are in other events, the day's clock is gone), so they
 * read as explicitly unknown. The stored bytes are never rewritten; events are upcast as they are read.
 */
public class GapsReviewedUpcaster extends SingleEventUpcaster {

    private static final SerializedType REVISION_1 = new SimpleSerializedType(GapsReviewed.class.getName(), "1");
    private static final SerializedType REVISION_2 = new SimpleSerializedType(GapsReviewed.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode review) {
                review.putNull("completion");
                review.putNull("daysLate");
            }
            return payload;
        });
    }
}
