package cn.duban.ui.history;

import cn.duban.audit.HashAlgorithm;
import cn.duban.audit.SignatureAlgorithm;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the history is made verifiable.
 *
 * @param hashAlgorithm         the digest of new chain records: {@code SHA-256} or {@code SM3} (国密); records keep
 *                              the one they were written with, so it may change at any time
 * @param signatureAlgorithm    how checkpoints are signed: {@code Ed25519} or {@code SM2} (国密)
 * @param signingKey            the private key (PKCS#8 PEM); never in the database. Back it up apart from it.
 * @param publicKey             its public key (PEM), which auditors take once and keep
 * @param generateKey           whether a missing key pair is generated at start-up (the embedded default); without
 *                              it the application refuses to start when the key is missing
 * @param checkpointDirectory   where every checkpoint is also written as a file, for auditors to take elsewhere
 * @param checkpointInterval    how often the chain's head is signed
 */
@ConfigurationProperties("duban.history")
public record HistoryProperties(HashAlgorithm hashAlgorithm, SignatureAlgorithm signatureAlgorithm, Path signingKey,
                                Path publicKey, boolean generateKey, Path checkpointDirectory,
                                Duration checkpointInterval) {
}
