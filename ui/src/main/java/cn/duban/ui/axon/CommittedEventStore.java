package cn.duban.ui.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store, whose reader is woken when the database has committed the events rather than when
 * Axon's unit of work has. Inside a Spring transaction (an action and its process step commit together) the unit of
 * work ends first: woken then, the reader found nothing committed yet and slept its fetch delay (a second), and the
 * projections trailed every such write by that much (measured: 1.4 s from an issue to its tasks in the list).
 */
class CommittedEventStore extends EmbeddedEventStore {

    CommittedEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            super.afterCommit(events);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CommittedEventStore.super.afterCommit(events);
            }
        });
    }
}
