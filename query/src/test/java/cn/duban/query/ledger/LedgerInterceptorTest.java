package cn.duban.query.ledger;

import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger interceptor on an in-memory H2: what it records, and an event delivered twice handled once. */
class LedgerInterceptorTest {

    private JdbcTemplate jdbc;
    private LedgerInterceptor interceptor;
    private final List<Object> announced = new ArrayList<>();
    private final AtomicInteger handled = new AtomicInteger();

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", ""));
        // Only the columns the interceptor reads; the real event table is the ui module's migration.
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255))");
        jdbc.execute("CREATE TABLE projection_ledger (processing_group VARCHAR(255) NOT NULL, "
                + "global_index BIGINT NOT NULL, PRIMARY KEY (processing_group, global_index))");
        interceptor = new LedgerInterceptor("task-progress", jdbc, announced::add);
    }

    @Test
    void a_handled_event_is_recorded_at_its_own_global_index_and_announced() throws Exception {
        EventMessage<?> event = stored(7, "TaskAcknowledged");

        deliver(event, 9);

        assertThat(handled).hasValue(1);
        assertThat(jdbc.queryForList("SELECT global_index FROM projection_ledger WHERE processing_group = "
                + "'task-progress'", Long.class)).containsExactly(7L);
        assertThat(announced).hasSize(1);
    }

    @Test
    void an_event_delivered_again_is_not_handled_again() throws Exception {
        EventMessage<?> event = stored(3, "TaskIssued");

        deliver(event, 3);
        deliver(event, 3);

        assertThat(handled).as("the projection saw it once").hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_ledger", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_failing_handler_leaves_no_ledger_row() {
        EventMessage<?> event = stored(4, "TaskIssued");
        var unitOfWork = DefaultUnitOfWork.startAndGet(tracked(event, 4));

        var outcome = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            throw new IllegalStateException("projection failed");
        }));

        assertThat(outcome.isExceptional()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_ledger", Integer.class)).isZero();
    }

    private EventMessage<?> stored(long globalIndex, String payload) {
        EventMessage<?> event = GenericEventMessage.asEventMessage(payload);
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier) VALUES (?, ?)", globalIndex,
                event.getIdentifier());
        return event;
    }

    private void deliver(EventMessage<?> event, long tokenIndex) throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(tracked(event, tokenIndex));
        unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, handled::incrementAndGet));
    }

    private static EventMessage<?> tracked(EventMessage<?> event, long tokenIndex) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(tokenIndex), event);
    }
}
