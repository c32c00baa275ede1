package cn.duban.api;

import org.axonframework.serialization.Revision;

/** The unit attached an evidence file to the task: its name, type, size, digest and storage key, not its bytes. */
@Revision("1")
public record EvidenceAttached(String taskId, EvidenceFile file) {
}
