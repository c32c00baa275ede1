package cn.duban.api;

import org.axonframework.serialization.Revision;

/**
 * The unit attached an evidence file to the task: its name, type, size, digest and storage key, not its bytes.
 * Revision 2 names the digest's algorithm ({@link EvidenceFile#digestAlgorithm()}); revision 1 had only SHA-256.
 */
@Revision("2")
public record EvidenceAttached(String taskId, EvidenceFile file) implements TaskEvent {
}
