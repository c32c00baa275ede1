package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;

/** What the store knows of a file it saved: its new key, the size of the bytes it wrote and their digest (hex). */
public record StoredEvidence(String storageKey, long size, HashAlgorithm digestAlgorithm, String digest) {
}
