package cn.duban.query.rebuild;

import cn.duban.query.Projection;
import cn.duban.query.cluster.ThisNode;
import cn.duban.query.ledger.DeadLetters;
import cn.duban.query.ledger.HandledTypes;
import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.query.ledger.Reconciliation;
import cn.duban.query.ledger.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Drops and replays every projection, one after the other, and says for each whether its tables came back the same.
 * Each projection is first let catch up with the store as it stood when the rebuild was asked for, then stopped and
 * read; its tokens are reset (its reset handlers clear its tables and its ledger) and it replays up to where it had
 * stopped; then it is stopped and read again, and restarted. Events it handles that arrive meanwhile are counted in
 * the report, since they may make a difference of their own. Only {@link Projection}s are replayed: the event-to-process
 * bridge must never see an event twice.
 * <p>
 * On several nodes the rebuild runs on one of them at a time: it takes the {@link RebuildLease} (another node's
 * lease is a 409, as a second rebuild on this node is), the other nodes stop their projections and release their
 * segments ({@link RebuildPause}), and this node replays once it holds every segment of every projection; its
 * processors may claim them all while it holds the lease. The lease is given back at the end, and the others resume.
 */
@Component
public class ProjectionRebuild {

    private static final long POLL_MILLIS = 100;
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final List<Projection> projections;
    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final HandledTypes types;
    private final Reconciliation reconciliation;
    private final TableSnapshots snapshots;
    private final ReadSideProgress progress;
    private final DeadLetters letters;
    private final RebuildLease lease;
    private final ThisNode node;
    /** For the whole rebuild, all projections together; past it the rebuild fails and every processor runs again. */
    private final Duration deadline;
    private final ReentrantLock running = new ReentrantLock();

    ProjectionRebuild(List<Projection> projections, EventProcessingConfiguration processing, StoredTokens tokens,
                      HandledTypes types, Reconciliation reconciliation, TableSnapshots snapshots,
                      ReadSideProgress progress, DeadLetters letters, RebuildLease lease, ThisNode node,
                      @Value("${duban.rebuild.deadline:PT5M}") Duration deadline) {
        this.projections = projections;
        this.processing = processing;
        this.tokens = tokens;
        this.types = types;
        this.reconciliation = reconciliation;
        this.snapshots = snapshots;
        this.progress = progress;
        this.letters = letters;
        this.lease = lease;
        this.node = node;
        this.deadline = deadline;
    }

    /** @throws RebuildRunningException when a rebuild is running already (on this node) */
    public List<RebuildReport> rebuildAll() {
        if (!running.tryLock()) {
            throw new RebuildRunningException();
        }
        try {
            // the lease outlasts the deadline a little: past the deadline this node gives it back itself
            if (!lease.acquire(deadline.plus(LEASE_MARGIN))) {
                throw new RebuildRunningException();
            }
            try {
                long head = progress.head();
                long until = System.nanoTime() + deadline.toNanos();
                awaitEverySegmentHere(until);
                return projections.stream().map(projection -> rebuild(projection, head, until)).toList();
            } finally {
                lease.release();
            }
        } finally {
            running.unlock();
        }
    }

    /**
     * Waits until no other node holds a segment of the projections (a dead node's claims are taken over once they
     * expire): Axon refuses to reset a token another node holds.
     */
    private void awaitEverySegmentHere(long until) {
        for (Projection projection : projections) {
            String group = projection.processingGroup();
            StreamingEventProcessor processor = processor(group);
            if (!processor.isRunning()) {
                processor.start();   // only a running processor takes over what the others let go of
            }
            await(() -> {
                // a segment nobody holds is claimed at once: the coordinator may hold one back until a release it
                // asked for earlier has run out, measured on Axon's JVM-wide clock; one still unclaimed when the
                // others have let go is no obstacle, since the reset claims every segment itself
                tokens.unclaimed(group).forEach(processor::claimSegment);
                return tokens.heldByOthers(group, node.id()) > 0;
            },
                    "projection " + group + " was not let go of by the other nodes", until);
        }
    }

    private RebuildReport rebuild(Projection projection, long head, long deadline) {
        String group = projection.processingGroup();
        StreamingEventProcessor processor = processor(group);
        List<String> handled = types.of(projection);
        awaitCaughtUp(group, handled, head, deadline);
        processor.shutDown();
        try {
            String before = snapshots.digest(projection.tables());
            long stoppedAt = tokens.of(group).highest();
            processor.resetTokens();
            processor.start();
            awaitCaughtUp(group, handled, stoppedAt, deadline);
            processor.shutDown();
            String after = snapshots.digest(projection.tables());
            long settledAt = tokens.of(group).highest();
            return new RebuildReport(group, before.equals(after), reconciliation.count(handled, head, settledAt),
                    letters.of(group).size());
        } finally {
            if (!processor.isRunning()) {
                processor.start();
            }
        }
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor for projection " + group));
    }

    /** Polls the committed tokens, within a limit: Axon offers no callback for "caught up to here". */
    private void awaitCaughtUp(String group, List<String> handled, long position, long until) {
        await(() -> reconciliation.behind(group, handled, position) > 0,
                "projection " + group + " did not reach position " + position, until);
    }

    private void await(BooleanSupplier waiting, String what, long until) {
        while (waiting.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new RebuildTimeoutException(what, deadline);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RebuildTimeoutException(what, deadline);
            }
        }
    }
}
