package cn.duban.query.history;

import cn.duban.api.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one aggregate's stream straight from the event store, optionally only up to a past moment. */
@Component
public class EventStreams {

    private final EventStore eventStore;

    EventStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The stream of that aggregate type, or empty when no such aggregate exists. */
    public Optional<List<DomainEventMessage<?>>> read(String aggregateId, String aggregateType, Instant asOf) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId).asStream()
                .filter(event -> asOf == null || !event.getTimestamp().isAfter(asOf))
                .forEach(events::add);
        if (events.isEmpty() || !aggregateType.equals(events.get(0).getType())) {
            return Optional.empty();
        }
        return Optional.of(events);
    }

    public boolean exists(String aggregateId, String aggregateType) {
        return read(aggregateId, aggregateType, null).isPresent();
    }

    public Optional<List<HistoryEntry>> history(String aggregateId, String aggregateType) {
        return read(aggregateId, aggregateType, null).map(events -> events.stream().map(EventStreams::entry).toList());
    }

    static HistoryEntry entry(DomainEventMessage<?> event) {
        Object organization = event.getMetaData().get(Actor.ORGANIZATION);
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), String.valueOf(event.getMetaData().getOrDefault(Actor.USERNAME, "")),
                organization == null ? null : organization.toString(), event.getPayload());
    }
}
