package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 store against a real S3 server (S3Proxy) on this machine: what it saves it serves whole, and only that. */
class S3EvidenceStoreIT {

    private static final String BUCKET = "duban-evidence";
    private static final long LARGE = 20L * 1024 * 1024;

    @TempDir
    static Path work;

    private static S3Proxy server;
    private static S3Client bucket;
    private static S3EvidenceStore store;

    @BeforeAll
    static void server() throws Exception {
        server = S3Proxy.start(work);
        bucket = EvidenceStores.client(server.bucket(BUCKET));
        bucket.createBucket(create -> create.bucket(BUCKET));
        store = EvidenceStores.s3(server.bucket(BUCKET), HashAlgorithm.SM3);
    }

    @AfterAll
    static void stop() throws Exception {
        if (store != null) {
            store.close();
        }
        if (bucket != null) {
            bucket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_saved_file_is_served_whole_under_a_random_key_until_it_is_deleted() throws IOException {
        byte[] content = "现场照片".repeat(1000).getBytes(StandardCharsets.UTF_8);

        StoredEvidence stored = store.save(new ByteArrayInputStream(content), content.length);

        assertThat(stored.storageKey()).matches(EvidenceKeysTest.UUID);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.digestAlgorithm()).isEqualTo(HashAlgorithm.SM3);
        assertThat(stored.digest()).isEqualTo(HexFormat.of().formatHex(HashAlgorithm.SM3.digest().digest(content)));
        assertThat(bucket.headObject(head -> head.bucket(BUCKET).key(stored.storageKey())).contentLength())
                .as("one object, under the key itself").isEqualTo(content.length);
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        store.delete(stored.storageKey());

        assertThatThrownBy(() -> store.open(stored.storageKey())).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_missing_key_and_a_key_not_of_the_stores_shape_find_nothing() {
        assertThatThrownBy(() -> store.open("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../duban-evidence/x")).isInstanceOf(NoSuchFileException.class);
        store.delete("../other-bucket/x");
    }

    @Test
    void content_of_another_length_than_declared_leaves_no_object() {
        long before = objects();

        assertThatThrownBy(() -> store.save(new ByteArrayInputStream(new byte[100]), 101))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> store.save(new ByteArrayInputStream(new byte[100]), 99))
                .isInstanceOf(IOException.class).hasMessageContaining("more than the 99 bytes declared");

        assertThat(objects()).isEqualTo(before);
    }

    @Test
    void a_large_file_goes_up_and_comes_back_without_being_held_in_memory() throws IOException {
        var content = new LargeContent(LARGE, HashAlgorithm.SM3);

        StoredEvidence stored = store.save(content, LARGE);

        assertThat(stored.digest()).isEqualTo(content.digest());
        assertThat(content.heapGrowth()).as("heap held while uploading").isLessThan(LARGE / 2);
        try (InputStream in = store.open(stored.storageKey())) {
            LargeContent.Read read = LargeContent.read(in, LARGE, HashAlgorithm.SM3);
            assertThat(read.size()).isEqualTo(LARGE);
            assertThat(read.digest()).isEqualTo(stored.digest());
            assertThat(read.heapGrowth()).as("heap held while downloading").isLessThan(LARGE / 2);
        }
        store.delete(stored.storageKey());
    }

    @Test
    void a_bucket_that_is_not_there_stops_the_start_naming_it() {
        assertThatThrownBy(() -> EvidenceStores.s3(server.bucket("no-such-bucket"), HashAlgorithm.SHA_256))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-bucket")
                .hasMessageContaining("does not exist");
    }

    private static long objects() {
        return bucket.listObjectsV2(list -> list.bucket(BUCKET)).keyCount();
    }
}
