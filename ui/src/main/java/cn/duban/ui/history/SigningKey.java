package cn.duban.ui.history;

import cn.duban.audit.Pem;
import cn.duban.audit.SignatureAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The checkpoint signing key, read from files at start-up (generated on the embedded default). It never enters the
 * database, so whoever administers the database cannot sign a checkpoint for a history they rewrote.
 */
@Component
class SigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);

    private final SignatureAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String publicPem;

    SigningKey(HistoryProperties properties) {
        this.algorithm = properties.signatureAlgorithm();
        try {
            if (!Files.exists(properties.signingKey())) {
                if (!properties.generateKey()) {
                    throw new IllegalStateException("Duban refuses to start without its checkpoint signing key: "
                            + properties.signingKey().toAbsolutePath() + " is missing (duban.history.signing-key; "
                            + "see README, Verifiable history)");
                }
                Pem.write(algorithm.generate(), properties.signingKey(), properties.publicKey());
                LOG.warn("Generated a new {} checkpoint signing key in {}; give auditors {} and back the key up apart "
                        + "from the database", algorithm.standardName(), properties.signingKey().toAbsolutePath(),
                        properties.publicKey().toAbsolutePath());
            }
            this.privateKey = Pem.privateKey(properties.signingKey(), algorithm);
            this.publicPem = Files.readString(properties.publicKey(), StandardCharsets.US_ASCII);
            this.publicKey = Pem.publicKey(publicPem, algorithm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!algorithm.verify(publicKey, new byte[]{1}, algorithm.sign(privateKey, new byte[]{1}))) {
            throw new IllegalStateException(properties.publicKey() + " is not the public key of "
                    + properties.signingKey());
        }
    }

    SignatureAlgorithm algorithm() {
        return algorithm;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String publicPem() {
        return publicPem;
    }

    String id() {
        return Pem.keyId(publicKey);
    }
}
