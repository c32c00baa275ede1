package cn.duban.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement that the chain, at {@code position}, ends in {@code chainHash}. Everything before that position
 * is then fixed: changing, removing, inserting or reordering any of it, even with every later link recomputed,
 * gives another hash there. The file form is this record as JSON; an auditor keeps the files outside the system.
 *
 * @param id                 the application's number for it (0 before it is stored)
 * @param position           the chain position signed; the chain then holds this many events
 * @param chainHash          the chain link at that position, lower-case hex
 * @param hashAlgorithm      the algorithm of that link
 * @param signedAt           when it was signed
 * @param signatureAlgorithm how it was signed
 * @param keyId              which key signed it ({@link Pem#keyId})
 * @param signature          the signature of {@link #statement()}, base64
 */
public record Checkpoint(long id, long position, String chainHash, String hashAlgorithm, Instant signedAt,
                         String signatureAlgorithm, String keyId, String signature) {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Signs the chain's head as it is now. */
    public static Checkpoint sign(long position, byte[] chainHash, HashAlgorithm hashAlgorithm, Instant signedAt,
                                  SignatureAlgorithm algorithm, PrivateKey key, String keyId) {
        Checkpoint unsigned = new Checkpoint(0, position, HexFormat.of().formatHex(chainHash),
                hashAlgorithm.standardName(), signedAt, algorithm.standardName(), keyId, null);
        return unsigned.withSignature(Base64.getEncoder().encodeToString(algorithm.sign(key, unsigned.statement())));
    }

    /** The bytes that are signed: every field but the id and the signature, one per line. */
    public byte[] statement() {
        return ("duban-checkpoint-1\nposition=" + position + "\nchainHash=" + chainHash + "\nhashAlgorithm="
                + hashAlgorithm + "\nsignedAt=" + signedAt + "\nsignatureAlgorithm=" + signatureAlgorithm
                + "\nkeyId=" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public boolean signedBy(PublicKey key) {
        try {
            return SignatureAlgorithm.named(signatureAlgorithm).verify(key, statement(),
                    Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** How many events the chain holds at this checkpoint (written to the file for people; never read back). */
    @JsonProperty("events")
    public long events() {
        return position;
    }

    @JsonIgnore
    public byte[] chainHashBytes() {
        return HexFormat.of().parseHex(chainHash);
    }

    public Checkpoint withId(long newId) {
        return new Checkpoint(newId, position, chainHash, hashAlgorithm, signedAt, signatureAlgorithm, keyId,
                signature);
    }

    private Checkpoint withSignature(String newSignature) {
        return new Checkpoint(id, position, chainHash, hashAlgorithm, signedAt, signatureAlgorithm, keyId,
                newSignature);
    }

    /** The checkpoint's file name: its number and position, so a folder of them sorts in order. */
    public String fileName() {
        return "checkpoint-%06d-%d.json".formatted(id, position);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Checkpoint read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Checkpoint.class);
    }
}
