package cn.duban.api;

/**
 * One file of proof a unit attached to a task (a photo, a scanned document, a spreadsheet). The bytes live in the
 * evidence store under {@code storageKey}, never in the event store; {@code sha256} (lower-case hex) lets every
 * download prove the bytes are still the ones attached.
 *
 * @param storageKey the store's own key, chosen by the server and never derived from the file's name
 * @param name       the name the unit gave the file, shown and offered on download only
 * @param type       the media type detected from the file's content
 * @param size       bytes
 * @param sha256     the SHA-256 digest of the bytes, lower-case hex
 */
public record EvidenceFile(String storageKey, String name, String type, long size, String sha256) {
}
