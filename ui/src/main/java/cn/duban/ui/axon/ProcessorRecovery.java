package cn.duban.ui.axon;

import cn.duban.query.ledger.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/**
 * Brings the projections back within a second, in the two cases where Axon 4.12 waits far longer by itself:
 * <ul>
 *   <li>After a database error its coordinator waits 1, 2, 4 … up to 60 s before it tries again, a back-off no
 *   setting changes: after a 41 s outage it slept until 63 s. A processor in that back-off is asked to claim a
 *   segment, which runs its coordinator at once ({@code claimSegment} queues a claim and schedules the coordinator's
 *   current task; success resets the back-off), but only when the database answers, since a failing attempt would
 *   double the wait again. Stopping and starting the processor is not safe in 4.12.2: its delayed task survives.</li>
 *   <li>A batch that failed (a projection's handler threw) releases its segment, and an idle coordinator claims it
 *   again only when new events arrive. A segment nobody holds is claimed again here, so the failed event is tried
 *   a second time within a second, and then dead-lettered if it fails again ({@code LedgerInterceptor}). On several
 *   nodes this node claims only up to its share ({@link WorkShare}), so that it does not take back what it has just
 *   released for another node.</li>
 * </ul>
 */
@Component
class ProcessorRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorRecovery.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final StoredTokens tokens;
    private final MaxSegmentProvider share;

    ProcessorRecovery(EventProcessingConfiguration processing, JdbcTemplate jdbc, StoredTokens tokens,
                      MaxSegmentProvider share) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.share = share;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void resumeWhenTheDatabaseAnswers() {
        // In the steady state (every processor running, its share held here) this asks the database nothing.
        var stalled = processing.eventProcessors().values().stream()
                .filter(PooledStreamingEventProcessor.class::isInstance)
                .map(PooledStreamingEventProcessor.class::cast)
                .filter(processor -> processor.isRunning() && (processor.isError() || held(processor) < share(processor)))
                .toList();
        if (stalled.isEmpty() || !databaseAnswers()) {
            return;
        }
        for (PooledStreamingEventProcessor processor : stalled) {
            if (processor.isError()) {
                LOG.info("the database answers again: processor {} resumes now instead of after its back-off",
                        processor.getName());
                processor.claimSegment(0);
            } else {
                tokens.unclaimed(processor.getName()).stream().limit(share(processor) - held(processor))
                        .forEach(processor::claimSegment);
            }
        }
    }

    /** The segments this node processes without error. */
    private static int held(PooledStreamingEventProcessor processor) {
        return (int) processor.processingStatus().values().stream().filter(status -> !status.isErrorState()).count();
    }

    /** What this node may hold of the processor beside the other nodes ({@link WorkShare}). */
    private int share(PooledStreamingEventProcessor processor) {
        return share.getMaxSegments(processor.getName());
    }

    private boolean databaseAnswers() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
