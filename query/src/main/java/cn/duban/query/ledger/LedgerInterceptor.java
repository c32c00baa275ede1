package cn.duban.query.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;


/**
 * Wraps every event a projection's processor handles: once its handlers succeeded, the event's global position goes
 * into {@code projection_ledger} in the same unit of work (so with the projection's rows and token, or not at all),
 * and after commit the read side announces the change. An event the ledger already holds is not handled again, so
 * every projection takes a redelivery in its stride without being written for it.
 *
 * <p>One bad event must not stop a projection. A handler that fails rolls its batch back and the processor tries
 * again; on that second attempt the event is applied inside a savepoint, and if it fails again it becomes a
 * {@link DeadLetters dead letter}: the savepoint undoes its partial writes, the batch commits without it, and the
 * aggregate's later events are parked behind it. The first attempt runs without a savepoint, so a healthy projection
 * pays nothing for this.
 */
class LedgerInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerInterceptor.class);

    private final String processingGroup;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final DeadLetters letters;
    /**
     * Events whose handlers failed once here, to be tried in a savepoint next time. Bounded by what fails; an entry
     * stays behind only when the second attempt runs on another node.
     */
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    LedgerInterceptor(String processingGroup, JdbcTemplate jdbc, ApplicationEventPublisher publisher,
                      DeadLetters letters) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.letters = letters;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (!(event instanceof TrackedEventMessage<?>)) {
            return chain.proceed();
        }
        Ledgered ledgered = ledgered(event);
        long position = ledgered.position();
        if (ledgered.handled() || ledgered.lettered()) {
            // Applied already, in a committed transaction with this very ledger row: a pooled processor may deliver
            // an event again after a restart, and applying it twice would fail an insert or count evidence twice.
            // A dead letter delivered again stays one: a second row for it would fail the batch for ever.
            return null;
        }
        if (ledgered.parked()) {
            letters.add(processingGroup, position, ledgered.aggregate(), ledgered.type(), null);
            return null;
        }
        Object result;
        if (failedOnce.remove(event.getIdentifier())) {
            Outcome outcome = inSavepoint(chain);
            if (outcome.failure() != null && Transient.explains(outcome.failure())) {
                // a deadlock, a lost connection: not the event's fault, so the batch is tried again, still carefully
                failedOnce.add(event.getIdentifier());
                throw outcome.failure();
            }
            if (outcome.failure() != null) {
                LOG.error("projection {} dead-lettered the event at position {} ({}): it failed twice",
                        processingGroup, position, ledgered.type(), outcome.failure());
                letters.add(processingGroup, position, ledgered.aggregate(), ledgered.type(), outcome.failure());
                return null;
            }
            result = outcome.result();
        } else {
            try {
                result = chain.proceed();
            } catch (Exception e) {
                failedOnce.add(event.getIdentifier());
                throw e;
            }
        }
        jdbc.update("INSERT INTO projection_ledger (processing_group, global_index) VALUES (?, ?)", processingGroup,
                position);
        if (!ReplayToken.isReplay(event)) {
            unitOfWork.afterCommit(committed -> publisher.publishEvent(
                    new ProjectionHandled(processingGroup, position, event)));
        }
        return result;
    }

    private record Outcome(Object result, Exception failure) {
    }

    /** The handlers in a savepoint of the batch's transaction: a failure undoes only this event's writes. */
    private Outcome inSavepoint(InterceptorChain chain) throws SQLException {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = chain.proceed();
                connection.releaseSavepoint(savepoint);
                return new Outcome(result, null);
            } catch (Exception e) {
                connection.rollback(savepoint);
                return new Outcome(null, e);
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private record Ledgered(long position, String aggregate, String type, boolean handled, boolean parked,
                            boolean lettered) {
    }

    /**
     * The event's own global index, whether this processing group has it in its ledger already, and whether an
     * earlier event of its aggregate is a dead letter here, in one read. Not the tracking token's position: an event
     * that fills a gap arrives with a token whose index is the highest position read so far.
     */
    private Ledgered ledgered(EventMessage<?> event) {
        return jdbc.queryForObject("""
                SELECT e.global_index, e.aggregate_identifier, e.payload_type,
                       (SELECT COUNT(*) FROM projection_ledger l
                        WHERE l.processing_group = ? AND l.global_index = e.global_index) AS known,
                       (SELECT COUNT(*) FROM projection_dead_letter d
                        WHERE d.processing_group = ? AND d.aggregate_identifier = e.aggregate_identifier) AS parked,
                       (SELECT COUNT(*) FROM projection_dead_letter d
                        WHERE d.processing_group = ? AND d.global_index = e.global_index) AS lettered
                FROM domain_event_entry e WHERE e.event_identifier = ?""",
                (rs, n) -> new Ledgered(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4) > 0,
                        rs.getLong(5) > 0, rs.getLong(6) > 0), processingGroup, processingGroup, processingGroup,
                event.getIdentifier());
    }
}
