package cn.duban.query.rebuild;

import cn.duban.query.Projection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * This node's side of a rebuild run by another: while another node holds the {@link RebuildLease}, this node's
 * projections are stopped, which releases their segments for the replaying node; once the lease is given back or
 * has expired, they start again and take their share.
 */
@Component
class RebuildPause {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildPause.class);

    private final RebuildLease lease;
    private final List<Projection> projections;
    private final EventProcessingConfiguration processing;
    private final Set<StreamingEventProcessor> paused = new HashSet<>();

    RebuildPause(RebuildLease lease, List<Projection> projections, EventProcessingConfiguration processing) {
        this.lease = lease;
        this.projections = projections;
        this.processing = processing;
    }

    @Scheduled(fixedDelayString = "${duban.cluster.heartbeat:PT2S}")
    synchronized void followOtherNodes() {
        String holder;
        try {
            holder = lease.heldElsewhere().orElse(null);
        } catch (DataAccessException e) {
            return;   // the database does not answer: nothing changes until it does
        }
        if (holder != null && paused.isEmpty()) {
            LOG.info("node {} rebuilds the projections: this node stops its own until it is done", holder);
            for (Projection projection : projections) {
                processing.eventProcessor(projection.processingGroup(), StreamingEventProcessor.class)
                        .filter(StreamingEventProcessor::isRunning).ifPresent(processor -> {
                            processor.shutDown();
                            paused.add(processor);
                        });
            }
        } else if (holder == null && !paused.isEmpty()) {
            LOG.info("the rebuild on another node has ended: this node's projections run again");
            paused.forEach(StreamingEventProcessor::start);
            paused.clear();
        }
    }
}
