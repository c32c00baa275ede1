package cn.duban.query.cluster;

import cn.duban.query.QueryDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes on one (H2) database with the query module's migrations and a token store of 16 segments. */
class ClusterNodesTest {

    private final JdbcTemplate jdbc;

    ClusterNodesTest() {
        jdbc = QueryDatabase.migrated();
        // Axon's token table lives in the application's migrations; the nodes only count its rows
        jdbc.execute("CREATE TABLE token_entry (processor_name VARCHAR(255), segment INT, owner VARCHAR(255))");
        for (int segment = 0; segment < 16; segment++) {
            jdbc.update("INSERT INTO token_entry VALUES ('task-progress', ?, NULL)", segment);
        }
        jdbc.update("INSERT INTO token_entry VALUES ('process-bridge', 0, NULL)");
    }

    @Test
    void a_node_alone_may_hold_every_segment_and_before_it_has_counted_anything() {
        ClusterNodes alone = node(true);
        assertThat(alone.share("task-progress")).as("not counted yet").isEqualTo(Short.MAX_VALUE);

        alone.beat();

        assertThat(alone.live()).isEqualTo(1);
        assertThat(alone.share("task-progress")).isEqualTo(16);
    }

    @Test
    void live_nodes_share_the_segments_rounded_up_and_a_node_that_leaves_gives_its_share_back() {
        ClusterNodes first = node(true);
        ClusterNodes second = node(true);
        ClusterNodes third = node(true);
        first.beat();
        second.beat();
        third.beat();
        first.beat();

        assertThat(first.live()).isEqualTo(3);
        assertThat(first.share("task-progress")).isEqualTo(6);
        assertThat(first.share("process-bridge")).as("one segment: someone must hold it").isEqualTo(1);

        third.destroy();
        second.destroy();
        first.beat();
        assertThat(first.share("task-progress")).isEqualTo(16);
    }

    @Test
    void a_node_not_heard_from_within_the_timeout_counts_as_gone() {
        ClusterNodes first = node(true);
        ClusterNodes silent = node(true);
        silent.beat();
        jdbc.update("UPDATE cluster_node SET seen_at = CURRENT_TIMESTAMP - INTERVAL '7' SECOND");

        first.beat();

        assertThat(first.live()).isEqualTo(1);
        assertThat(first.share("task-progress")).isEqualTo(16);
    }

    @Test
    void a_node_that_shares_no_work_claims_nothing_while_another_lives_and_everything_alone() {
        ClusterNodes reader = node(false);
        reader.beat();
        assertThat(reader.share("task-progress")).isEqualTo(16);

        ClusterNodes worker = node(true);
        worker.beat();
        reader.beat();
        assertThat(reader.share("task-progress")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node", Integer.class))
                .as("the reader does not announce itself").isEqualTo(1);
    }

    private ClusterNodes node(boolean sharesWork) {
        return new ClusterNodes(jdbc, new ThisNode(), Duration.ofSeconds(6), sharesWork);
    }
}
