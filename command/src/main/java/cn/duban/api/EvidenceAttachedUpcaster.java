package cn.duban.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link EvidenceAttached} revision 1 to 2: the file's {@code sha256} becomes a {@code digest} named
 * {@code SHA-256}, the only algorithm revision 1 knew.
 */
public class EvidenceAttachedUpcaster extends RevisionUpcaster {

    public EvidenceAttachedUpcaster() {
        super(EvidenceAttached.class, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        if (payload.get("file") instanceof ObjectNode file && file.has("sha256")) {
            file.put("digestAlgorithm", "SHA-256");
            file.set("digest", file.remove("sha256"));
        }
    }
}
