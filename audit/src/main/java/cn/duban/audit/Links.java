package cn.duban.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

/**
 * How one record joins the two chains: the stream link follows the aggregate's sequence, the chain link the order in
 * which the store accepted the events (its chain position). Each covers the link before it, so changing, removing
 * or reordering any event breaks every later link up to the next signed checkpoint.
 */
public final class Links {

    /** Where every chain and every stream starts. */
    public static final byte[] GENESIS = new byte[HashAlgorithm.LENGTH];

    private Links() {
    }

    public static byte[] stream(HashAlgorithm algorithm, byte[] previous, byte[] eventHash) {
        MessageDigest digest = algorithm.digest();
        digest.update((byte) 's');
        digest.update(previous);
        digest.update(eventHash);
        return digest.digest();
    }

    public static byte[] chain(HashAlgorithm algorithm, long position, byte[] previous, byte[] eventHash) {
        MessageDigest digest = algorithm.digest();
        digest.update((byte) 'c');
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        digest.update(previous);
        digest.update(eventHash);
        return digest.digest();
    }
}
