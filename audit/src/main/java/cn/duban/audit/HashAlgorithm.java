package cn.duban.audit;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.Arrays;

/**
 * The digests a chain record may name. SHA-256 comes with every Java runtime; SM3 (GB/T 32905, 国密) from
 * BouncyCastle. Both answer 32 bytes, so the genesis link is the same for both and one chain may change algorithm.
 */
public enum HashAlgorithm {

    SHA_256("SHA-256"),
    SM3("SM3");

    /** The length of every digest here, and of the genesis link. */
    public static final int LENGTH = 32;

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final String standardName;

    HashAlgorithm(String standardName) {
        this.standardName = standardName;
    }

    /** The name stored in each record and file: {@code SHA-256} or {@code SM3}. */
    public String standardName() {
        return standardName;
    }

    public MessageDigest digest() {
        try {
            return this == SM3 ? MessageDigest.getInstance(standardName, BOUNCY_CASTLE)
                    : MessageDigest.getInstance(standardName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(standardName + " is not available", e);
        }
    }

    public static HashAlgorithm named(String name) {
        return Arrays.stream(values()).filter(a -> a.standardName.equalsIgnoreCase(name) || a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hash algorithm " + name
                        + " (SHA-256 or SM3)"));
    }

    static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }
}
