package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The digest every evidence event records (SHA-256 or SM3, named in the event) and every download checks. */
public final class Digests {

    private Digests() {
    }

    /** Reads the stream to its end and answers the digest of its bytes in lower-case hex. */
    public static String digest(InputStream content, HashAlgorithm algorithm) throws IOException {
        return copy(content, OutputStream.nullOutputStream(), algorithm).digest();
    }

    /** What {@link #copy} wrote: how many bytes, and their digest in lower-case hex. */
    record Copied(long size, String digest) {
    }

    /** Copies the stream to its end into the sink (closing the sink), digesting the bytes on the way. */
    static Copied copy(InputStream content, OutputStream sink, HashAlgorithm algorithm) throws IOException {
        MessageDigest digest = algorithm.digest();
        long size;
        try (var out = new DigestOutputStream(sink, digest)) {
            size = content.transferTo(out);
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }
}
