package cn.duban.ui.axon;

import cn.duban.query.cluster.ClusterNodes;
import cn.duban.query.rebuild.RebuildLease;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.stereotype.Component;

/**
 * How many segments of a processor this node may claim, asked by Axon's coordinators before each claim: its fair
 * share among the live nodes ({@link ClusterNodes#share}), or every segment while it holds the rebuild lease (the
 * others have stopped their projections for it).
 */
@Component
class WorkShare implements MaxSegmentProvider {

    private final ClusterNodes nodes;
    private final RebuildLease lease;

    WorkShare(ClusterNodes nodes, RebuildLease lease) {
        this.nodes = nodes;
        this.lease = lease;
    }

    @Override
    public int getMaxSegments(String processingGroup) {
        return lease.heldHere() ? Short.MAX_VALUE : nodes.share(processingGroup);
    }
}
