package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store keeps files under its own random keys, whole, and never outside its folder. */
class LocalEvidenceStoreTest {

    @TempDir
    Path folder;

    private LocalEvidenceStore store() {
        return new LocalEvidenceStore(folder.resolve("evidence"), HashAlgorithm.SM3);
    }

    @Test
    void a_saved_file_is_found_under_a_random_key_with_its_size_and_digest() throws IOException {
        byte[] content = "佐证".getBytes(StandardCharsets.UTF_8);
        LocalEvidenceStore store = store();

        StoredEvidence stored = store.save(new ByteArrayInputStream(content), content.length);

        assertThat(stored.storageKey()).matches("[0-9a-f-]{36}");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.digestAlgorithm()).as("the configured algorithm").isEqualTo(HashAlgorithm.SM3);
        assertThat(stored.digest()).isEqualTo(HexFormat.of().formatHex(HashAlgorithm.SM3.digest().digest(content)));
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var files = Files.list(folder.resolve("evidence"))) {
            assertThat(files.toList()).as("no temporary file is left").hasSize(1);
        }
    }

    @Test
    void a_key_that_is_not_the_stores_own_cannot_reach_outside_the_folder() throws IOException {
        Files.writeString(folder.resolve("secret.txt"), "secret");
        LocalEvidenceStore store = store();

        assertThatThrownBy(() -> store.open("../secret.txt")).isInstanceOf(NoSuchFileException.class);
        store.delete("../secret.txt");

        assertThat(folder.resolve("secret.txt")).exists();
    }

    @Test
    void a_failed_write_leaves_no_file() throws IOException {
        LocalEvidenceStore store = store();
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection lost");
            }
        };

        assertThatThrownBy(() -> store.save(broken, 10)).isInstanceOf(IOException.class);

        try (var files = Files.list(folder.resolve("evidence"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void content_of_another_length_than_declared_leaves_no_file() throws IOException {
        LocalEvidenceStore store = store();

        assertThatThrownBy(() -> store.save(new ByteArrayInputStream(new byte[10]), 11))
                .isInstanceOf(IOException.class).hasMessageContaining("10 bytes, not the 11 declared");

        try (var files = Files.list(folder.resolve("evidence"))) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
