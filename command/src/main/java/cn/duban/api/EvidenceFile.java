package cn.duban.api;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * One file of proof a unit attached to a task (a photo, a scanned document, a spreadsheet). The bytes live in the
 * evidence store under {@code storageKey}, never in the event store; {@code digest} lets every download prove the
 * bytes are still the ones attached. Since {@link EvidenceAttached} revision 2 the digest names its algorithm; a
 * revision 1 event's {@code sha256} reads as a SHA-256 digest ({@code EvidenceAttachedUpcaster}).
 *
 * @param storageKey      the store's own key, chosen by the server and never derived from the file's name
 * @param name            the name the unit gave the file, shown and offered on download only
 * @param type            the media type detected from the file's content
 * @param size            bytes
 * @param digestAlgorithm {@code SHA-256} or {@code SM3} (国密)
 * @param digest          the digest of the bytes, lower-case hex
 */
public record EvidenceFile(String storageKey, String name, String type, long size, String digestAlgorithm,
                           @JsonAlias("sha256") String digest) {

    /**
     * Read models written before revision 2 hold the file as it was then ({@code sha256}, no algorithm): the event
     * store is upcast, those rows are not, and such a digest can only be SHA-256.
     */
    public EvidenceFile {
        digestAlgorithm = digestAlgorithm == null && digest != null ? "SHA-256" : digestAlgorithm;
    }

    /** The algorithms a digest may name. */
    public static final java.util.Set<String> DIGEST_ALGORITHMS = java.util.Set.of("SHA-256", "SM3");
}
