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

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger interceptor on an in-memory H2: what it records, an event delivered twice handled once, and an event
 * whose handlers fail twice dead-lettered with its aggregate's later events parked behind it.
 */
class LedgerInterceptorTest {

    private JdbcTemplate jdbc;
    private LedgerInterceptor interceptor;
    private final List<Object> announced = new ArrayList<>();
    private final AtomicInteger handled = new AtomicInteger();
    private TransactionTemplate transactions;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", ""));
        // Only the columns the interceptor reads; the real event table is the ui module's migration.
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255), "
                + "aggregate_identifier VARCHAR(255), payload_type VARCHAR(255))");
        jdbc.execute("CREATE TABLE projection_ledger (processing_group VARCHAR(255) NOT NULL, "
                + "global_index BIGINT NOT NULL, PRIMARY KEY (processing_group, global_index))");
        // the dead letters' table as its migration makes it
        for (String statement : migration("V32__projection_dead_letters.sql").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        jdbc.execute("CREATE TABLE projected (id VARCHAR(64))");
        interceptor = new LedgerInterceptor("task-progress", jdbc, announced::add,
                new DeadLetters(jdbc, Clock.fixed(Instant.parse("2018-03-01T08:00:00Z"), ZoneOffset.UTC)));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
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

    @Test
    void an_event_failing_twice_is_dead_lettered_its_writes_undone_and_the_batch_goes_on() {
        EventMessage<?> poisoned = stored(5, "TaskListDrafted", "list-1");
        MessageHandlerWork failing = () -> {
            jdbc.update("INSERT INTO projected (id) VALUES ('half-written')");
            throw new IllegalStateException("invalid byte sequence for encoding \"UTF8\": 0x00");
        };

        assertThat(inBatch(poisoned, failing)).as("the first attempt fails the batch").isFalse();
        assertThat(inBatch(poisoned, failing)).as("the second attempt lets the batch commit").isTrue();

        assertThat(jdbc.queryForList("SELECT id FROM projected", String.class)).as("the batch's own writes stay, the "
                + "dead letter's are undone").containsExactly("before");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_ledger", Integer.class)).isZero();
        var letter = jdbc.queryForMap("SELECT * FROM projection_dead_letter");
        assertThat(letter).containsEntry("GLOBAL_INDEX", 5L).containsEntry("AGGREGATE_IDENTIFIER", "list-1")
                .containsEntry("PAYLOAD_TYPE", "TaskListDrafted")
                .containsEntry("CAUSE", "IllegalStateException: invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThat(announced).isEmpty();
    }

    @Test
    void later_events_of_a_dead_lettered_aggregate_are_parked_and_others_are_applied() {
        EventMessage<?> poisoned = stored(5, "TaskListDrafted", "list-1");
        MessageHandlerWork failing = () -> {
            throw new IllegalStateException("boom");
        };
        inBatch(poisoned, failing);
        inBatch(poisoned, failing);

        assertThat(inBatch(stored(6, "TaskListIssued", "list-1"), handled::incrementAndGet)).isTrue();
        assertThat(inBatch(stored(7, "TaskListDrafted", "list-2"), handled::incrementAndGet)).isTrue();

        assertThat(handled).as("only the other aggregate's event was applied").hasValue(1);
        assertThat(jdbc.queryForList("SELECT global_index FROM projection_dead_letter ORDER BY global_index",
                Long.class)).containsExactly(5L, 6L);
        assertThat(jdbc.queryForObject("SELECT cause FROM projection_dead_letter WHERE global_index = 6",
                String.class)).as("parked, not failed").isNull();
        assertThat(jdbc.queryForList("SELECT global_index FROM projection_ledger", Long.class)).containsExactly(7L);
    }

    @Test
    void an_event_that_fails_once_and_then_succeeds_is_applied_as_usual() {
        EventMessage<?> event = stored(8, "TaskIssued", "task-1");
        AtomicInteger attempts = new AtomicInteger();
        MessageHandlerWork flaky = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("deadlock detected");
            }
            return null;
        };

        assertThat(inBatch(event, flaky)).isFalse();
        assertThat(inBatch(event, flaky)).isTrue();

        assertThat(jdbc.queryForList("SELECT global_index FROM projection_ledger", Long.class)).containsExactly(8L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_dead_letter", Integer.class)).isZero();
    }

    private interface MessageHandlerWork extends org.axonframework.messaging.InterceptorChain {
    }

    /** One batch: a write of its own, then the event through the interceptor; answers whether it committed. */
    private boolean inBatch(EventMessage<?> event, org.axonframework.messaging.InterceptorChain handlers) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("DELETE FROM projected WHERE id = 'before'");
                jdbc.update("INSERT INTO projected (id) VALUES ('before')");
                var unitOfWork = DefaultUnitOfWork.startAndGet(tracked(event, 99));
                var outcome = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, handlers));
                if (outcome.isExceptional()) {
                    throw new IllegalStateException("the batch failed", outcome.exceptionResult());
                }
            });
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String migration(String name) {
        try (var in = LedgerInterceptorTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_dead_letter_delivered_again_stays_one_letter() {
        EventMessage<?> poisoned = stored(5, "TaskListDrafted", "list-1");
        MessageHandlerWork failing = () -> {
            throw new IllegalStateException("boom");
        };
        inBatch(poisoned, failing);
        inBatch(poisoned, failing);

        assertThat(inBatch(poisoned, failing)).as("a redelivery commits").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_dead_letter", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_transient_failure_on_the_second_attempt_is_tried_again_not_dead_lettered() {
        EventMessage<?> event = stored(9, "TaskIssued", "task-9");
        MessageHandlerWork deadlocked = () -> {
            throw new org.springframework.dao.CannotAcquireLockException("deadlock detected",
                    new java.sql.SQLException("deadlock detected", "40P01"));
        };
        inBatch(event, deadlocked);

        assertThat(inBatch(event, deadlocked)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_dead_letter", Integer.class)).isZero();
        assertThat(inBatch(event, handled::incrementAndGet)).as("still tried in a savepoint, and applied").isTrue();
        assertThat(jdbc.queryForList("SELECT global_index FROM projection_ledger", Long.class)).containsExactly(9L);
    }

    private EventMessage<?> stored(long globalIndex, String payload) {
        return stored(globalIndex, payload, "task-" + globalIndex);
    }

    private EventMessage<?> stored(long globalIndex, String payload, String aggregate) {
        EventMessage<?> event = GenericEventMessage.asEventMessage(payload);
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                + "payload_type) VALUES (?, ?, ?, ?)", globalIndex, event.getIdentifier(), aggregate, payload);
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
