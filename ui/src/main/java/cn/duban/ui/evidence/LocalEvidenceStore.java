package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import cn.duban.ui.history.HistoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence in a local folder, one file per random UUID key. Bytes go to a temporary file first and are moved into
 * place atomically, so a reader never sees half a file; keys are checked to be UUIDs, so none can leave the folder.
 */
@Component
class LocalEvidenceStore implements EvidenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEvidenceStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path directory;
    private final HashAlgorithm algorithm;

    LocalEvidenceStore(EvidenceProperties properties, HistoryProperties history) {
        this.algorithm = history.hashAlgorithm();
        this.directory = properties.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence folder " + directory, e);
        }
    }

    @Override
    public StoredEvidence save(InputStream content) throws IOException {
        String key = UUID.randomUUID().toString();
        Path temporary = Files.createTempFile(directory, "upload-", ".part");
        try {
            Digests.Copied copied = Digests.copy(content, Files.newOutputStream(temporary), algorithm);
            Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredEvidence(key, copied.size(), algorithm, copied.digest());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(path(storageKey));
    }

    @Override
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(path(storageKey));
        } catch (IOException e) {
            LOG.warn("could not delete evidence file {}", storageKey, e);
        }
    }

    private Path path(String storageKey) throws NoSuchFileException {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new NoSuchFileException("not an evidence key: " + storageKey);
        }
        return directory.resolve(storageKey);
    }
}
