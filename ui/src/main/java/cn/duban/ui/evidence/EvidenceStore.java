package cn.duban.ui.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps evidence bytes outside the event store, under keys the store chooses. An implementation may be a local
 * folder ({@link LocalEvidenceStore}) or an object store; it never derives a key from a user's file name.
 */
public interface EvidenceStore {

    /** Saves the bytes under a new key; the file appears whole or not at all. */
    StoredEvidence save(InputStream content) throws IOException;

    /** The bytes saved under the key; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream open(String storageKey) throws IOException;

    /** Removes the file, if there is one: used when the command that would have attached it is refused. */
    void delete(String storageKey);
}
