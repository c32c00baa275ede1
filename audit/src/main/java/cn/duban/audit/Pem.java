package cn.duban.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;

/** Keys as PEM files (PKCS#8 private keys, X.509 public keys), the form openssl and every auditor's tool reads. */
public final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Pem() {
    }

    public static String encode(PublicKey key) {
        return encode(PUBLIC, key.getEncoded());
    }

    /** Writes the pair, the private key readable by its owner only where the file system allows it. */
    public static void write(KeyPair pair, Path privateFile, Path publicFile) throws IOException {
        Path folder = privateFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(privateFile, encode(PRIVATE, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateFile, java.nio.file.attribute.PosixFilePermissions.fromString(
                    "rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
        Files.writeString(publicFile, encode(pair.getPublic()), StandardCharsets.US_ASCII);
    }

    public static PrivateKey privateKey(Path file, SignatureAlgorithm algorithm) {
        try {
            return algorithm.privateKey(decode(Files.readString(file, StandardCharsets.US_ASCII), PRIVATE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " is not an " + algorithm.standardName() + " private key", e);
        }
    }

    public static PublicKey publicKey(String pem, SignatureAlgorithm algorithm) {
        try {
            return algorithm.publicKey(decode(pem, PUBLIC));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an " + algorithm.standardName() + " public key", e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the encoded public key: names the key in every checkpoint. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(HashAlgorithm.SHA_256.digest().digest(key.getEncoded())).substring(0, 16);
    }

    private static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] decode(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " in this PEM text");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
