package cn.duban.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlgorithmsTest {

    @Test
    void both_digests_answer_their_standard_test_vectors() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(HashAlgorithm.SHA_256.digest().digest(abc)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // GB/T 32905-2016, example 1
        assertThat(HexFormat.of().formatHex(HashAlgorithm.SM3.digest().digest(abc)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void algorithms_are_named_as_stored_and_unknown_names_are_refused() {
        assertThat(HashAlgorithm.named("SHA-256")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.named("sm3")).isEqualTo(HashAlgorithm.SM3);
        assertThat(SignatureAlgorithm.named("Ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThatThrownBy(() -> HashAlgorithm.named("MD5")).hasMessageContaining("SHA-256 or SM3");
    }

    @Test
    void an_event_hash_covers_every_column() {
        StoredEvent event = new StoredEvent(7, "e", "a", 1, "SupervisionTask", "2018-03-01T08:00:00Z", "T", "1",
                new byte[]{1, 2}, null);
        byte[] hash = event.hash(HashAlgorithm.SHA_256);
        assertThat(new StoredEvent(8, "e", "a", 1, "SupervisionTask", "2018-03-01T08:00:00Z", "T", "1",
                new byte[]{1, 2}, null).hash(HashAlgorithm.SHA_256)).isNotEqualTo(hash);
        assertThat(new StoredEvent(7, "e", "a", 1, "SupervisionTask", "2018-03-01T08:00:00Z", "T", "1",
                new byte[]{1, 2}, new byte[0]).hash(HashAlgorithm.SHA_256)).as("null and empty differ")
                .isNotEqualTo(hash);
        assertThat(new StoredEvent(7, "e", "a", 1, "SupervisionTask", "2018-03-01T08:00:00Z", "T1", "",
                new byte[]{1, 2}, null).hash(HashAlgorithm.SHA_256)).as("no shift between columns")
                .isNotEqualTo(hash);
        assertThat(event.hash(HashAlgorithm.SM3)).isNotEqualTo(hash);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void a_checkpoint_verifies_with_its_key_only_and_survives_its_file(SignatureAlgorithm algorithm) throws Exception {
        KeyPair keys = algorithm.generate();
        Checkpoint checkpoint = Checkpoint.sign(42, new byte[32], HashAlgorithm.SM3,
                Instant.parse("2018-12-31T16:00:00Z"), algorithm, keys.getPrivate(), Pem.keyId(keys.getPublic()))
                .withId(3);
        assertThat(checkpoint.signedBy(keys.getPublic())).isTrue();
        assertThat(checkpoint.signedBy(algorithm.generate().getPublic())).isFalse();

        Path folder = Files.createTempDirectory("checkpoint");
        Path file = folder.resolve(checkpoint.fileName());
        Files.writeString(file, checkpoint.toJson());
        Checkpoint read = Checkpoint.read(file);
        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.toJson()).contains("\"events\" : 42");

        Path privateFile = folder.resolve("key.pem");
        Path publicFile = folder.resolve("key.pub.pem");
        Pem.write(keys, privateFile, publicFile);
        var key = Pem.publicKey(Files.readString(publicFile), algorithm);
        assertThat(read.signedBy(key)).isTrue();
        Checkpoint again = Checkpoint.sign(43, new byte[32], HashAlgorithm.SM3, Instant.EPOCH, algorithm,
                Pem.privateKey(privateFile, algorithm), read.keyId());
        assertThat(again.signedBy(key)).isTrue();

        Checkpoint moved = new Checkpoint(3, 41, read.chainHash(), read.hashAlgorithm(), read.signedAt(),
                read.signatureAlgorithm(), read.keyId(), read.signature());
        assertThat(moved.signedBy(key)).as("another position, the same signature").isFalse();
    }
}
