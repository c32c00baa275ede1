package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;

import java.io.FilterInputStream;
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

    /** What a store wrote: how many bytes, and their digest in lower-case hex. */
    record Copied(long size, String digest) {

        /** This, when the store wrote as many bytes as the caller said the content holds; refused otherwise. */
        Copied declared(long declaredSize) throws IOException {
            if (size != declaredSize) {
                throw new IOException("the evidence content held " + size + " bytes, not the " + declaredSize
                        + " declared");
            }
            return this;
        }
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

    /**
     * Digests and counts every byte read through it, once: mark and reset are not offered, so a reader that wants
     * to read again (an HTTP client's retry) must buffer above this stream, where a replay cannot reach the digest.
     */
    static final class Digesting extends FilterInputStream {

        private final MessageDigest digest;
        private long size;

        Digesting(InputStream content, HashAlgorithm algorithm) {
            super(content);
            this.digest = algorithm.digest();
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                size++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                size += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // a skipped byte would be missing from the digest: read it instead
            return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int limit) {
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark and reset are not supported");
        }

        /** What has been read so far: its size and digest. Call once, at the end. */
        Copied copied() {
            return new Copied(size, HexFormat.of().formatHex(digest.digest()));
        }
    }
}
