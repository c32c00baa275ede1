package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database store on H2 with every migration, the embedded default (EvidenceIT drives it on
 * PostgreSQL through the HTTP API). Chunks of 1 KiB here, so that a few kilobytes make several of them.
 */
class DatabaseEvidenceStoreTest {

    private static final int CHUNK = 1024;

    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private DatabaseEvidenceStore store;

    @TempDir
    Path folder;

    @BeforeEach
    void database() {
        // a database file, as the embedded default keeps, with a small page cache: the large file's test measures
        // this JVM's heap, which an in-memory database would fill with the file itself
        var dataSource = new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("duban") + ";CACHE_SIZE=1024",
                "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new DatabaseEvidenceStore(jdbc, transactions, HashAlgorithm.SHA_256, CHUNK);
    }

    @Test
    void a_saved_file_comes_back_whole_from_its_chunks_until_it_is_deleted() throws IOException {
        byte[] content = bytes(3 * CHUNK + 500);

        StoredEvidence stored = store.save(new ByteArrayInputStream(content), content.length);

        assertThat(stored.storageKey()).matches(EvidenceKeysTest.UUID);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.digest()).isEqualTo(HexFormat.of().formatHex(HashAlgorithm.SHA_256.digest().digest(content)));
        assertThat(chunks(stored.storageKey())).isEqualTo(4);
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        store.delete(stored.storageKey());

        assertThatThrownBy(() -> store.open(stored.storageKey())).isInstanceOf(NoSuchFileException.class);
        assertThat(chunks(stored.storageKey())).as("the chunks go with the file").isZero();
    }

    @Test
    void a_missing_key_and_a_key_not_of_the_stores_shape_find_nothing() {
        assertThatThrownBy(() -> store.open("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("' OR 1=1 --")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_save_inside_a_transaction_that_rolls_back_leaves_nothing() {
        // TaskEvidence saves and sends the attaching command in one transaction: a refused command takes the bytes
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            try {
                store.save(new ByteArrayInputStream(bytes(2 * CHUNK)), 2 * CHUNK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("the command was refused");
        })).hasMessage("the command was refused");

        assertThat(files()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_chunk", Long.class)).isZero();
    }

    @Test
    void content_of_another_length_or_a_broken_upload_leaves_nothing() {
        InputStream broken = new InputStream() {
            private int left = 3 * CHUNK;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw new IOException("connection lost");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> store.save(new ByteArrayInputStream(bytes(100)), 101))
                .isInstanceOf(IOException.class).hasMessageContaining("100 bytes, not the 101 declared");
        assertThatThrownBy(() -> store.save(broken, 4 * CHUNK)).isInstanceOf(IOException.class)
                .hasMessage("connection lost");

        assertThat(files()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_chunk", Long.class)).isZero();
    }

    @Test
    void a_lost_chunk_is_an_error_never_a_shorter_file() throws IOException {
        StoredEvidence stored = store.save(new ByteArrayInputStream(bytes(3 * CHUNK)), 3 * CHUNK);
        jdbc.update("DELETE FROM evidence_chunk WHERE storage_key = ? AND seq = 2", stored.storageKey());

        try (InputStream in = store.open(stored.storageKey())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("chunk 2");
        }
    }

    /**
     * Only the reading is measured here: H2 keeps a transaction's uncommitted rows in this JVM's heap until it
     * commits, the file's bytes with them. EvidenceIT measures the writing on PostgreSQL, where the store alone counts.
     */
    @Test
    void a_large_file_is_read_back_without_being_held_in_memory() throws IOException {
        long size = 20L * 1024 * 1024;
        var large = new DatabaseEvidenceStore(jdbc, transactions, HashAlgorithm.SHA_256);
        var content = new LargeContent(size, HashAlgorithm.SHA_256);

        StoredEvidence stored = large.save(content, size);

        assertThat(stored.digest()).isEqualTo(content.digest());
        assertThat(chunks(stored.storageKey())).isEqualTo(40);
        try (InputStream in = large.open(stored.storageKey())) {
            LargeContent.Read read = LargeContent.read(in, size, HashAlgorithm.SHA_256);
            assertThat(read.digest()).isEqualTo(stored.digest());
            assertThat(read.heapGrowth()).as("heap held while reading").isLessThan(size / 2);
        }
    }

    @Test
    void the_files_of_the_former_local_folder_are_imported_once_under_their_own_keys() throws IOException {
        Path old = Files.createDirectories(folder.resolve("evidence"));
        String key = "3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f";
        byte[] content = bytes(2 * CHUNK + 1);
        Files.write(old.resolve(key), content);
        Files.writeString(old.resolve("upload-123.part"), "half a file");
        Files.writeString(old.resolve("notes.txt"), "not evidence");

        assertThat(LocalEvidenceImport.run(old, store)).isEqualTo(1);
        assertThat(LocalEvidenceImport.run(old, store)).as("a second start imports nothing").isZero();

        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files()).isEqualTo(1);
        assertThat(old.resolve(key)).as("the folder is left for the operator").exists();
    }

    private long files() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file", Long.class);
    }

    private long chunks(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_chunk WHERE storage_key = ?", Long.class, key);
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
