package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A large file made up as it is read (pseudo-random bytes, never held whole), and how much the heap grew while a
 * store took it: a store that kept what it had read would have grown by about the file's size when the content is
 * nine tenths through. The heap is measured after an explicit collection, so only what is still held counts.
 */
final class LargeContent extends InputStream {

    private final long size;
    private final SplittableRandom random = new SplittableRandom(42);
    private final MessageDigest digest;
    private final long baseline = usedHeapAfterCollection();
    private long position;
    private Long growth;

    LargeContent(long size, HashAlgorithm algorithm) {
        this.size = size;
        this.digest = algorithm.digest();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position == size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) random.nextInt(256);
        }
        digest.update(buffer, offset, n);
        measureAt(position, position + n);
        position += n;
        return n;
    }

    private void measureAt(long from, long to) {
        long mark = size * 9 / 10;
        if (from < mark && to >= mark) {
            growth = usedHeapAfterCollection() - baseline;
        }
    }

    /** The digest of the bytes made, in lower-case hex, once all of them have been read. */
    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** How much more heap was in use nine tenths through than before the first byte. */
    long heapGrowth() {
        if (growth == null) {
            throw new IllegalStateException("the content was not read nine tenths through");
        }
        return growth;
    }

    /** Reads a stream to its end, digesting it, and says how much the heap grew nine tenths through. */
    static Read read(InputStream content, long size, HashAlgorithm algorithm) throws IOException {
        long baseline = usedHeapAfterCollection();
        Long growth = null;
        long read = 0;
        MessageDigest digest = algorithm.digest();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = content.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
            if (read < size * 9 / 10 && read + n >= size * 9 / 10) {
                growth = usedHeapAfterCollection() - baseline;
            }
            read += n;
        }
        if (growth == null) {
            throw new IOException("the stream ended after " + read + " of " + size + " bytes");
        }
        return new Read(read, HexFormat.of().formatHex(digest.digest()), growth);
    }

    record Read(long size, String digest, long heapGrowth) {
    }

    private static long usedHeapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
