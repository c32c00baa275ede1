package cn.duban.ui.history;

import cn.duban.audit.Checkpoint;
import cn.duban.audit.CheckpointStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Signs the chain's head at an interval and on demand, stores each checkpoint and writes it as a file into the
 * checkpoint folder, from where auditors take it outside the system.
 */
@Service
public class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcTemplate jdbc;
    private final SigningKey key;
    private final HistoryProperties properties;
    private final Clock clock;

    Checkpoints(JdbcTemplate jdbc, SigningKey key, HistoryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The head as committed now, signed; the newest checkpoint when nothing was stored since; none while empty. One
     * connection reads the head and stores the checkpoint; a head that moves meanwhile is signed next time.
     */
    public Optional<CheckpointStore.Signing> signNow() {
        Optional<CheckpointStore.Signing> signed = jdbc.execute(
                (ConnectionCallback<Optional<CheckpointStore.Signing>>) connection -> CheckpointStore.signHead(
                        connection, key.algorithm(), key.privateKey(), key.id(), clock.instant()));
        // the newest too: a file removed from the folder is written again
        signed.map(CheckpointStore.Signing::checkpoint).ifPresent(this::export);
        return signed;
    }

    @Scheduled(initialDelayString = "${duban.history.checkpoint-interval}",
            fixedDelayString = "${duban.history.checkpoint-interval}")
    void onInterval() {
        signNow().filter(CheckpointStore.Signing::created).map(CheckpointStore.Signing::checkpoint)
                .ifPresent(c -> LOG.info("checkpoint #{} signed the chain at position {}", c.id(), c.position()));
    }

    public List<Checkpoint> all() {
        return jdbc.execute((ConnectionCallback<List<Checkpoint>>) CheckpointStore::all);
    }

    public Optional<Checkpoint> find(long id) {
        return jdbc.execute((ConnectionCallback<Optional<Checkpoint>>) c -> CheckpointStore.find(c, id));
    }

    /**
     * The checkpoints as exported to the checkpoint folder: the product's verification counts these too, so deleting
     * rows of {@code audit_checkpoint} does not hide a rewrite. Unreadable files are left to the auditor.
     */
    public List<Checkpoint> exported() {
        Path folder = properties.checkpointDirectory();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).map(Checkpoints::read)
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            LOG.warn("cannot list the checkpoint folder {}", folder, e);
            return List.of();
        }
    }

    private static Optional<Checkpoint> read(Path file) {
        try {
            return Optional.of(Checkpoint.read(file));
        } catch (IOException | RuntimeException e) {
            LOG.warn("checkpoint file {} cannot be read", file, e);
            return Optional.empty();
        }
    }

    public String publicKey() {
        return key.publicPem();
    }

    /** A checkpoint already written is left as it is: the file is the auditor's, not ours to change. */
    private void export(Checkpoint checkpoint) {
        try {
            Files.createDirectories(properties.checkpointDirectory());
            var file = properties.checkpointDirectory().resolve(checkpoint.fileName());
            if (!Files.exists(file)) {
                Files.writeString(file, checkpoint.toJson(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint #" + checkpoint.id() + " is signed but its file could not be "
                    + "written to " + properties.checkpointDirectory(), e);
        }
    }
}
