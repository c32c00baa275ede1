package cn.duban.ui.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps evidence bytes outside the event store, under keys the store chooses (random UUIDs, never derived from a
 * user's file name). {@code duban.evidence.store} picks one: the application's database
 * ({@link DatabaseEvidenceStore}, the default), an S3 bucket ({@link S3EvidenceStore}) or a local folder
 * ({@link LocalEvidenceStore}, one node only).
 */
public interface EvidenceStore {

    /**
     * Saves the bytes under a new key; the file appears whole or not at all. {@code size} is how many bytes the
     * content holds (an upload's size is known before it is read): a store that must say so before it writes uses it,
     * and every store refuses content of another length, keeping nothing.
     */
    StoredEvidence save(InputStream content, long size) throws IOException;

    /** The bytes saved under the key; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream open(String storageKey) throws IOException;

    /** Removes the file, if there is one: used when the command that would have attached it is refused. */
    void delete(String storageKey);
}
