package cn.duban.query.rebuild;

import cn.duban.query.cluster.ThisNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one rebuild that may run across all nodes: a row in the database that a node takes for a bounded time. Its
 * holder replays the projections; every other node sees it ({@link RebuildPause}) and stops its projections until it
 * is given back. A holder that dies leaves a lease that expires by itself. Times are the database's, so the nodes'
 * clocks need not agree.
 */
@Component
public class RebuildLease {

    private static final String NAME = "projections";

    private final JdbcTemplate jdbc;
    private final ThisNode node;
    private volatile boolean heldHere;

    RebuildLease(JdbcTemplate jdbc, ThisNode node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** Takes the lease for this node for the given time, unless another node holds it. */
    boolean acquire(Duration duration) {
        heldHere = jdbc.update("UPDATE rebuild_lease SET holder = ?, expires_at = CURRENT_TIMESTAMP + INTERVAL '"
                + Math.max(1, duration.toSeconds()) + "' SECOND WHERE name = ? AND (holder IS NULL OR holder = ? "
                + "OR expires_at < CURRENT_TIMESTAMP)", node.id(), NAME, node.id()) == 1;
        return heldHere;
    }

    void release() {
        heldHere = false;
        jdbc.update("UPDATE rebuild_lease SET holder = NULL, expires_at = NULL WHERE name = ? AND holder = ?", NAME,
                node.id());
    }

    /** Whether this node replays now: its processors may then claim every segment, the others having let go. */
    public boolean heldHere() {
        return heldHere;
    }

    /** The node that holds the lease now, if another does. */
    Optional<String> heldElsewhere() {
        List<String> holders = jdbc.queryForList("SELECT holder FROM rebuild_lease WHERE name = ? AND holder <> ? "
                + "AND expires_at > CURRENT_TIMESTAMP", String.class, NAME, node.id());
        return holders.stream().findFirst();
    }
}
