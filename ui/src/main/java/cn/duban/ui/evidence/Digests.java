package cn.duban.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the digest every evidence event records and every download checks. */
public final class Digests {

    private Digests() {
    }

    /** Reads the stream to its end and answers the SHA-256 of its bytes in lower-case hex. */
    public static String sha256(InputStream content) throws IOException {
        return copy(content, OutputStream.nullOutputStream()).sha256();
    }

    /** What {@link #copy} wrote: how many bytes, and their SHA-256 in lower-case hex. */
    record Copied(long size, String sha256) {
    }

    /** Copies the stream to its end into the sink (closing the sink), digesting the bytes on the way. */
    static Copied copy(InputStream content, OutputStream sink) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long size;
        try (var out = new DigestOutputStream(sink, digest)) {
            size = content.transferTo(out);
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }
}
