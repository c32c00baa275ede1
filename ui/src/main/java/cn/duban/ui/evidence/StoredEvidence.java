package cn.duban.ui.evidence;

/** What the store knows of a file it saved: its new key, and the size and SHA-256 (hex) of the bytes it wrote. */
public record StoredEvidence(String storageKey, long size, String sha256) {
}
