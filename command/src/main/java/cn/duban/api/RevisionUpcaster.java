package cn.duban.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * One event type from one revision to the next, as its JSON payload is read. The stored bytes are never rewritten
 * (they are chained); events are upcast as they are read, and a later revision's upcaster follows this one.
 */
abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final SerializedType from;
    private final SerializedType to;

    RevisionUpcaster(Class<?> event, String from, String to) {
        this.from = new SimpleSerializedType(event.getName(), from);
        this.to = new SimpleSerializedType(event.getName(), to);
    }

    /** The payload of the old revision, changed in place into the new one's shape. */
    abstract void upcast(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object) {
                upcast(object);
            }
            return payload;
        });
    }
}
