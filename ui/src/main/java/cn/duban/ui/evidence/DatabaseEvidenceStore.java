package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Evidence in the application's database (migration 42), so that every node serves what any node saved and one
 * backup of the database holds the files with the events that name them. A file is a row of {@code evidence_file}
 * and its bytes are rows of {@code evidence_chunk} of {@link #CHUNK} bytes each ({@code bytea} on PostgreSQL,
 * {@code VARBINARY} on H2), written and read one chunk at a time: memory stays bounded whatever the file's size,
 * and a download holds no connection between chunks while a slow client reads.
 * <p>
 * A save joins the caller's transaction when there is one, as {@code TaskEvidence} opens one around the save and
 * the command that attaches the file: the bytes and the event that names them commit together or not at all, so a
 * refused command leaves no file (its rollback takes the rows), and neither does a node that dies between the save
 * and the command. Without a caller's transaction a save is a transaction of its own.
 */
class DatabaseEvidenceStore implements EvidenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEvidenceStore.class);

    /** 512 KiB: a 20 MB file is 40 rows, and an open download holds one chunk, about twice that while it arrives. */
    static final int CHUNK = 512 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final HashAlgorithm algorithm;
    private final int chunk;

    DatabaseEvidenceStore(JdbcTemplate jdbc, TransactionTemplate transactions, HashAlgorithm algorithm) {
        this(jdbc, transactions, algorithm, CHUNK);
    }

    DatabaseEvidenceStore(JdbcTemplate jdbc, TransactionTemplate transactions, HashAlgorithm algorithm, int chunk) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.algorithm = algorithm;
        this.chunk = chunk;
    }

    @Override
    public StoredEvidence save(InputStream content, long size) throws IOException {
        try {
            return transactions.execute(status -> write(EvidenceKeys.next(), content, size));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Saves the bytes under a key another store chose: a file of the local folder this store replaces
     * ({@link LocalEvidenceImport}). False when the key is taken already (imported before, or by another node now).
     */
    boolean importUnder(String key, InputStream content, long size) throws IOException {
        String checked = EvidenceKeys.checked(key);
        try {
            transactions.execute(status -> write(checked, content, size));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    boolean has(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE storage_key = ?", Long.class, key) > 0;
    }

    /** Writes the file row, then its chunks, then how many there are; any failure rolls all of it back. */
    private StoredEvidence write(String key, InputStream content, long size) {
        jdbc.update("INSERT INTO evidence_file (storage_key, size, chunks) VALUES (?, ?, 0)", key, size);
        var digesting = new Digests.Digesting(content, algorithm);
        byte[] buffer = new byte[chunk];
        try {
            int seq = 0;
            for (int n; (n = digesting.readNBytes(buffer, 0, chunk)) > 0; seq++) {
                jdbc.update("INSERT INTO evidence_chunk (storage_key, seq, bytes) VALUES (?, ?, ?)", key, seq,
                        n == chunk ? buffer : Arrays.copyOf(buffer, n));
            }
            Digests.Copied copied = digesting.copied().declared(size);
            jdbc.update("UPDATE evidence_file SET chunks = ? WHERE storage_key = ?", seq, key);
            return new StoredEvidence(key, copied.size(), algorithm, copied.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        String key = EvidenceKeys.checked(storageKey);
        List<long[]> files = query(() -> jdbc.query("SELECT size, chunks FROM evidence_file WHERE storage_key = ?",
                (rs, row) -> new long[] {rs.getLong("size"), rs.getInt("chunks")}, key));
        if (files.isEmpty()) {
            throw new NoSuchFileException("no evidence file " + key);
        }
        return new Chunks(key, files.get(0)[0], (int) files.get(0)[1]);
    }

    @Override
    public void delete(String storageKey) {
        if (!EvidenceKeys.isKey(storageKey)) {
            return;
        }
        try {
            // its chunks go with it (ON DELETE CASCADE)
            jdbc.update("DELETE FROM evidence_file WHERE storage_key = ?", storageKey);
        } catch (DataAccessException e) {
            // called after a refused command, inside its transaction, whose rollback takes the rows anyway; a
            // transaction PostgreSQL already aborted (a conflict on the event store) must not hide that refusal
            LOG.warn("could not delete evidence file {}", storageKey, e);
        }
    }

    private <T> T query(Supplier<T> query) throws IOException {
        try {
            return query.get();
        } catch (DataAccessException e) {
            throw new IOException("the evidence table cannot be read", e);
        }
    }

    /**
     * A file's bytes, fetched one chunk at a time as they are read. A missing chunk or a size other than the
     * file row's is an {@link IOException}, never a short file: the download's digest check would refuse it anyway.
     */
    private final class Chunks extends InputStream {

        private final String key;
        private final long size;
        private final int count;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private long read;

        Chunks(String key, long size, int count) {
            this.key = key;
            this.size = size;
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            return available() > 0 || fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !fill()) {
                return -1;
            }
            int n = Math.min(length, available());
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        /** Fetches the next chunk; false at the end of a file found whole. */
        private boolean fill() throws IOException {
            if (next == count) {
                if (read != size) {
                    throw new IOException("evidence " + key + " holds " + read + " bytes, not " + size);
                }
                return false;
            }
            List<byte[]> rows = query(() -> jdbc.query(
                    "SELECT bytes FROM evidence_chunk WHERE storage_key = ? AND seq = ?",
                    (rs, row) -> rs.getBytes("bytes"), key, next));
            if (rows.isEmpty() || rows.get(0).length == 0) {
                throw new IOException("evidence " + key + " lost its chunk " + next + " of " + count);
            }
            current = rows.get(0);
            position = 0;
            next++;
            read += current.length;
            return true;
        }
    }
}
