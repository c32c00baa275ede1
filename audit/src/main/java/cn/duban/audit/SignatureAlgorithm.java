package cn.duban.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * How checkpoints are signed: Ed25519 (RFC 8032, in every Java runtime since 15) by default, or SM2 with SM3
 * (GB/T 32918, 国密) through BouncyCastle.
 */
public enum SignatureAlgorithm {

    ED25519("Ed25519"),
    SM2("SM2");

    private final String standardName;

    SignatureAlgorithm(String standardName) {
        this.standardName = standardName;
    }

    public String standardName() {
        return standardName;
    }

    public static SignatureAlgorithm named(String name) {
        return Arrays.stream(values()).filter(a -> a.standardName.equalsIgnoreCase(name) || a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown signature algorithm " + name
                        + " (Ed25519 or SM2)"));
    }

    public KeyPair generate() {
        try {
            if (this == SM2) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", HashAlgorithm.bouncyCastle());
                generator.initialize(new ECGenParameterSpec("sm2p256v1"));
                return generator.generateKeyPair();
            }
            return KeyPairGenerator.getInstance(standardName).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an " + standardName + " key", e);
        }
    }

    public byte[] sign(PrivateKey key, byte[] statement) {
        try {
            Signature signature = signature();
            signature.initSign(key);
            signature.update(statement);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + standardName + ": " + e.getMessage(), e);
        }
    }

    /** False for a wrong signature and for a key of another algorithm alike. */
    public boolean verify(PublicKey key, byte[] statement, byte[] signed) {
        try {
            Signature signature = signature();
            signature.initVerify(key);
            signature.update(statement);
            return signature.verify(signed);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return keys().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return keys().generatePublic(new X509EncodedKeySpec(x509));
    }

    private KeyFactory keys() throws GeneralSecurityException {
        return this == SM2 ? KeyFactory.getInstance("EC", HashAlgorithm.bouncyCastle())
                : KeyFactory.getInstance(standardName);
    }

    private Signature signature() throws GeneralSecurityException {
        return this == SM2 ? Signature.getInstance("SM3withSM2", HashAlgorithm.bouncyCastle())
                : Signature.getInstance(standardName);
    }
}
