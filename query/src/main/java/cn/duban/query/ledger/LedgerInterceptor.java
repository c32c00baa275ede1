package cn.duban.query.ledger;

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
 */
class LedgerInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processingGroup;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    LedgerInterceptor(String processingGroup, JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (!(event instanceof TrackedEventMessage<?>)) {
            return chain.proceed();
        }
        Ledgered ledgered = ledgered(event);
        long position = ledgered.position();
        if (ledgered.handled()) {
            // Applied already, in a committed transaction with this very ledger row: a pooled processor may deliver
            // an event again after a restart, and applying it twice would fail an insert or count evidence twice.
            return null;
        }
        Object result = chain.proceed();
        jdbc.update("INSERT INTO projection_ledger (processing_group, global_index) VALUES (?, ?)", processingGroup,
                position);
        if (!ReplayToken.isReplay(event)) {
            unitOfWork.afterCommit(committed -> publisher.publishEvent(
                    new ProjectionHandled(processingGroup, position, event)));
        }
        return result;
    }

    private record Ledgered(long position, boolean handled) {
    }

    /**
     * The event's own global index, and whether this processing group has it in its ledger already, in one read.
     * Not the tracking token's position: an event that fills a gap arrives with a token whose index is the highest
     * position read so far.
     */
    private Ledgered ledgered(EventMessage<?> event) {
        return jdbc.queryForObject("""
                SELECT e.global_index, (SELECT COUNT(*) FROM projection_ledger l
                                        WHERE l.processing_group = ? AND l.global_index = e.global_index) AS known
                FROM domain_event_entry e WHERE e.event_identifier = ?""",
                (rs, n) -> new Ledgered(rs.getLong(1), rs.getLong(2) > 0), processingGroup, event.getIdentifier());
    }
}
