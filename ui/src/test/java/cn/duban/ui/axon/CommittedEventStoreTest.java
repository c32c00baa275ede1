package cn.duban.ui.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's reader sleeps a long fetch delay here, so only a wake-up makes it see a new event at once: inside a
 * Spring transaction it is woken when the transaction commits, not when Axon's unit of work ends before that.
 */
class CommittedEventStoreTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final CommittedEventStore store = new CommittedEventStore(EmbeddedEventStore.builder()
            .storageEngine(storage).fetchDelay(TimeUnit.MINUTES.toMillis(5)));

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        store.shutDown();
    }

    private TrackingEventStream reader;
    private List<EventMessage<?>> events;

    /** A reader waiting for events, and one event in the storage that nobody has woken it for yet. */
    @BeforeEach
    void aReaderAndAStoredEvent() throws Exception {
        reader = store.openStream(null);
        assertThat(reader.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
        events = List.of(GenericEventMessage.asEventMessage("issued"));
        storage.appendEvents(events);
    }

    @Test
    void inside_a_transaction_the_reader_is_woken_after_the_commit_not_before() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        store.afterCommit(events);
        assertThat(reader.hasNextAvailable(500, TimeUnit.MILLISECONDS)).as("not woken before the commit").isFalse();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(reader.hasNextAvailable(5, TimeUnit.SECONDS)).as("woken by the commit").isTrue();
    }

    @Test
    void outside_a_transaction_the_reader_is_woken_at_once() throws Exception {
        store.afterCommit(events);

        assertThat(reader.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
    }
}
