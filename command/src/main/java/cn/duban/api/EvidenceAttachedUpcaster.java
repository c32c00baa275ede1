package cn.duban.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link EvidenceAttached} revision 1 to 2: the file's {@code sha256} becomes a {@code digest} named
 * {@code SHA-256}, the only algorithm revision 1 knew. The stored bytes are never rewritten (they are chained);
 * events are upcast as they are read.
 */
public class EvidenceAttachedUpcaster extends SingleEventUpcaster {

    private static final SerializedType REVISION_1 = new SimpleSerializedType(EvidenceAttached.class.getName(), "1");
    private static final SerializedType REVISION_2 = new SimpleSerializedType(EvidenceAttached.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload.get("file") instanceof ObjectNode file && file.has("sha256")) {
                file.put("digestAlgorithm", "SHA-256");
                file.set("digest", file.remove("sha256"));
            }
            return payload;
        });
    }
}
