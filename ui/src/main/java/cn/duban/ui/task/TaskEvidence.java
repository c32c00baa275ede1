package cn.duban.ui.task;

import cn.duban.audit.HashAlgorithm;
import cn.duban.api.AttachEvidence;
import cn.duban.api.EvidenceFile;
import cn.duban.api.InvalidCommandException;
import cn.duban.api.Require;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskQueries;
import cn.duban.ui.evidence.Digests;
import cn.duban.ui.evidence.EvidenceCorruptedException;
import cn.duban.ui.evidence.EvidenceStore;
import cn.duban.ui.evidence.EvidenceTypes;
import cn.duban.ui.evidence.StoredEvidence;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.security.CurrentActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Evidence files of a task. An upload is checked (the task's own unit, size, type by content) before a byte is
 * stored, stored outside the event store, then attached by command; a refused command deletes the stored file.
 * The save and the command are one database transaction, so with the database store (the default) the bytes and
 * the event that names them commit together or not at all: neither a refused command nor a node that dies between
 * the two leaves a file behind. An object store is outside that transaction and relies on the delete (its upload
 * holds the transaction's connection meanwhile: the admitted requests, 16, stay below the pool's 24 connections).
 * A download is served only after the stored bytes are proved to match the digest their event recorded.
 */
@Component
class TaskEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(TaskEvidence.class);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_NAME = 255;

    private final CommandGateway commands;
    private final TaskQueries tasks;
    private final TaskReading reading;
    private final EvidenceStore store;
    private final EvidenceTypes types;
    private final TransactionTemplate transactions;

    TaskEvidence(CommandGateway commands, TaskQueries tasks, TaskReading reading, EvidenceStore store,
                 EvidenceTypes types, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.tasks = tasks;
        this.reading = reading;
        this.store = store;
        this.types = types;
        this.transactions = new TransactionTemplate(transactions);
    }

    EvidenceFile attach(String taskId, MultipartFile upload) throws IOException {
        TaskDetails task = tasks.details(taskId, null).orElseThrow(() -> new NotFoundException("task", taskId));
        Require.unitOf(CurrentActor.require(), task.organization());
        if (upload.isEmpty()) {
            throw new InvalidCommandException("file", "至少要有一项");
        }
        // larger files the container refuses before this runs: spring.servlet.multipart.max-file-size is max-size
        String name = displayName(upload.getOriginalFilename());
        String type = types.check(name, upload);
        try {
            return transactions.execute(status -> saveAndAttach(taskId, name, type, upload));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private EvidenceFile saveAndAttach(String taskId, String name, String type, MultipartFile upload) {
        StoredEvidence stored;
        try (InputStream content = upload.getInputStream()) {
            stored = store.save(content, upload.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvidenceFile file = new EvidenceFile(stored.storageKey(), name, type, stored.size(),
                stored.digestAlgorithm().standardName(), stored.digest());
        try {
            commands.sendAndWait(new AttachEvidence(taskId, file));
        } catch (RuntimeException refused) {
            store.delete(stored.storageKey());
            throw refused;
        }
        return file;
    }

    /** The file as its event describes it, after proving the stored bytes still match its digest. */
    EvidenceFile verified(String taskId, String storageKey) {
        EvidenceFile file = reading.details(taskId, null).evidence().stream()
                .filter(candidate -> candidate.storageKey().equals(storageKey))
                .findFirst().orElseThrow(() -> new NotFoundException("evidence file", storageKey));
        try (InputStream content = store.open(storageKey)) {
            String actual = Digests.digest(content, HashAlgorithm.named(file.digestAlgorithm()));
            if (!actual.equals(file.digest())) {
                LOG.error("evidence {} of task {} is corrupted: {} {} instead of {}", storageKey, taskId,
                        file.digestAlgorithm(), actual, file.digest());
                throw new EvidenceCorruptedException("evidence " + storageKey + " does not match its digest");
            }
        } catch (IOException e) {
            LOG.error("evidence {} of task {} cannot be read", storageKey, taskId, e);
            throw new EvidenceCorruptedException("evidence " + storageKey + " is missing or unreadable", e);
        }
        return file;
    }

    InputStream open(EvidenceFile file) throws IOException {
        return store.open(file.storageKey());
    }

    /** The name to show and offer on download: the last path segment a browser sent, without control characters. */
    private static String displayName(String original) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > MAX_NAME || CONTROL.matcher(name).find()) {
            throw new InvalidCommandException("file", "needs a file name of 1 to " + MAX_NAME
                    + " characters without control characters");
        }
        return name;
    }
}
