package cn.duban.query.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The live nodes on this database and each one's fair share of a processor's segments. Every node writes a heartbeat
 * ({@code cluster_node}, stamped with the database's clock so that the nodes' own clocks need not agree) and counts
 * the nodes heard from within {@code node-timeout}; a processor's segments divided by that count, rounded up, is what
 * one node may hold. Axon's pooled processors ask for it before every claim and release a surplus themselves, so a
 * new node gets its share within seconds, and a dead node's share is taken over once it has missed its heartbeats and
 * its claims have expired. Axon 4 without Axon Server has no such balancing: its default lets the first node claim
 * every segment and the others wait.
 * <p>
 * Settings (README "Several nodes"): {@code duban.cluster.heartbeat} (2 s); {@code duban.cluster.node-timeout} (6 s),
 * after which a silent node counts as gone (its segments are taken over once their claims have expired too,
 * {@code axon.eventhandling.tokenstore.claim-timeout}); {@code duban.cluster.share-work} (true): off, the node does
 * not announce itself and claims nothing while a node that shares work lives (a node kept for reading, or a test's
 * second node).
 */
@Component
public class ClusterNodes implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNodes.class);

    private final JdbcTemplate jdbc;
    private final ThisNode node;
    private final boolean sharesWork;
    private final String heard;
    /** Nodes heard from lately, this one included if it shares work; read by the processors' coordinators. */
    private volatile int live;
    /** Segments per processor, as the token store holds them; a processor not in it is not counted yet. */
    private volatile Map<String, Integer> segments = Map.of();

    ClusterNodes(JdbcTemplate jdbc, ThisNode node, @Value("${duban.cluster.node-timeout:PT6S}") Duration nodeTimeout,
                 @Value("${duban.cluster.share-work:true}") boolean sharesWork) {
        this.jdbc = jdbc;
        this.node = node;
        this.sharesWork = sharesWork;
        this.live = sharesWork ? 1 : 0;
        // a whole number of seconds, written into the statement: H2 and PostgreSQL both read INTERVAL 'n' SECOND
        this.heard = "seen_at > CURRENT_TIMESTAMP - INTERVAL '" + Math.max(1, nodeTimeout.toSeconds()) + "' SECOND";
    }

    /** Says this node is alive and counts the nodes and segments; on a database error the last counts stand. */
    @Scheduled(fixedDelayString = "${duban.cluster.heartbeat:PT2S}")
    public void beat() {
        try {
            if (sharesWork
                    && jdbc.update("UPDATE cluster_node SET seen_at = CURRENT_TIMESTAMP WHERE node_id = ?",
                    node.id()) == 0) {
                jdbc.update("INSERT INTO cluster_node (node_id, seen_at) VALUES (?, CURRENT_TIMESTAMP)", node.id());
            }
            Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE " + heard, Integer.class);
            live = count == null ? 0 : count;
            Map<String, Integer> counted = new HashMap<>();
            jdbc.query("SELECT processor_name, COUNT(*) FROM token_entry GROUP BY processor_name",
                    row -> {
                        counted.put(row.getString(1), row.getInt(2));
                    });
            segments = Map.copyOf(counted);
        } catch (DataAccessException e) {
            LOG.debug("no heartbeat this time: {}", e.getMessage());
        }
    }

    /**
     * The most segments of the processor this node may hold: all of them while it is the only live node (or before
     * it has counted), its fair share beside others, none while others live if it does not share work.
     */
    public int share(String processor) {
        Integer total = segments.get(processor);
        // Axon refuses a share of 0 when a processor starts, so before the first count every node may claim all
        if (total == null) {
            return Short.MAX_VALUE;
        }
        if (!sharesWork) {
            return live == 0 ? total : 0;
        }
        int nodes = Math.max(1, live);
        return (total + nodes - 1) / nodes;
    }

    /** The nodes heard from within the timeout (this one included when it shares work). */
    public int live() {
        return live;
    }

    /** A node that stops cleanly leaves at once, so that the others take over its share without waiting. */
    @Override
    public void destroy() {
        try {
            jdbc.update("DELETE FROM cluster_node WHERE node_id = ? OR seen_at < CURRENT_TIMESTAMP - INTERVAL '1' DAY",
                    node.id());
        } catch (DataAccessException e) {
            LOG.debug("could not leave the cluster cleanly: {}", e.getMessage());
        }
    }
}
