package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Evidence in a local folder, one file per random UUID key: for a single node only, since another node cannot read
 * this one's folder. Bytes go to a temporary file first and are moved into place atomically, so a reader never sees
 * half a file; keys are checked to be UUIDs, so none can leave the folder.
 */
class LocalEvidenceStore implements EvidenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEvidenceStore.class);

    private final Path directory;
    private final HashAlgorithm algorithm;

    LocalEvidenceStore(Path directory, HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence folder " + this.directory, e);
        }
    }

    @Override
    public StoredEvidence save(InputStream content, long size) throws IOException {
        String key = EvidenceKeys.next();
        Path temporary = Files.createTempFile(directory, "upload-", ".part");
        try {
            Digests.Copied copied = Digests.copy(content, Files.newOutputStream(temporary), algorithm).declared(size);
            Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredEvidence(key, copied.size(), algorithm, copied.digest());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(directory.resolve(EvidenceKeys.checked(storageKey)));
    }

    @Override
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(directory.resolve(EvidenceKeys.checked(storageKey)));
        } catch (IOException e) {
            LOG.warn("could not delete evidence file {}", storageKey, e);
        }
    }
}
