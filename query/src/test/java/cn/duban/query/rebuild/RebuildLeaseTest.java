package cn.duban.query.rebuild;

import cn.duban.query.QueryDatabase;
import cn.duban.query.cluster.ThisNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' leases on one (H2) database with the query module's migrations. */
class RebuildLeaseTest {

    private final JdbcTemplate jdbc;
    private final ThisNode firstNode = new ThisNode();
    private final RebuildLease first;
    private final RebuildLease second;

    RebuildLeaseTest() {
        jdbc = QueryDatabase.migrated();
        first = new RebuildLease(jdbc, firstNode);
        second = new RebuildLease(jdbc, new ThisNode());
    }

    @Test
    void one_node_holds_the_lease_and_the_other_sees_it_held_until_it_is_given_back() {
        assertThat(first.acquire(Duration.ofMinutes(5))).isTrue();

        assertThat(first.heldHere()).isTrue();
        assertThat(second.acquire(Duration.ofMinutes(5))).isFalse();
        assertThat(second.heldHere()).isFalse();
        assertThat(second.heldElsewhere()).contains(firstNode.id());
        assertThat(first.heldElsewhere()).as("its own lease is not another's").isEmpty();

        first.release();
        assertThat(first.heldHere()).isFalse();
        assertThat(second.heldElsewhere()).isEmpty();
        assertThat(second.acquire(Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void the_lease_of_a_holder_that_died_expires_by_itself() {
        assertThat(first.acquire(Duration.ofMinutes(5))).isTrue();
        jdbc.update("UPDATE rebuild_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND");

        assertThat(second.heldElsewhere()).isEmpty();
        assertThat(second.acquire(Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void giving_back_a_lease_another_node_took_over_leaves_it_with_that_node() {
        assertThat(first.acquire(Duration.ofMinutes(5))).isTrue();
        jdbc.update("UPDATE rebuild_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND");
        assertThat(second.acquire(Duration.ofMinutes(5))).isTrue();

        first.release();

        assertThat(first.heldElsewhere()).isPresent();
    }
}
