package cn.duban.ui.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Brings the files of the local folder, where evidence lived before the database store, into the database at the
 * start, under the keys their events already name; without it they would be missing (500) after the upgrade. Only
 * files named by a key are taken, each in a transaction of its own, and a key already there is left as it is, so
 * every start (and every node at once) may run it. The folder stays as it was: remove it after the next backup.
 */
final class LocalEvidenceImport {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEvidenceImport.class);

    private LocalEvidenceImport() {
    }

    /** How many files were imported now. */
    static int run(Path directory, DatabaseEvidenceStore store) {
        if (directory == null || !Files.isDirectory(directory)) {
            return 0;
        }
        int imported = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String key = file.getFileName().toString();
                if (EvidenceKeys.isKey(key) && Files.isRegularFile(file) && !store.has(key)) {
                    try (InputStream content = Files.newInputStream(file)) {
                        imported += store.importUnder(key, content, Files.size(file)) ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import the evidence folder " + directory, e);
        }
        if (imported > 0) {
            LOG.info("imported {} evidence files from {} into the database; remove the folder after the next backup",
                    imported, directory);
        }
        return imported;
    }
}
