package cn.duban.query.task;

import cn.duban.api.TaskStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every task of a plan as it stood at a past moment, folded from the event store itself (each event stamped up to
 * that instant), never from today's tables: the whole store is read once in global order, task streams only are
 * deserialized.
 */
@Component
class PastTasks {

    private final EventStorageEngine store;
    private final Clock clock;

    PastTasks(EventStorageEngine store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** {@code organization} may be null for every organization. */
    List<TaskProgress> ofPlan(String workPlanId, String organization, Instant asOf) {
        return all(asOf).stream()
                .filter(task -> task.workPlanId().equals(workPlanId))
                .filter(task -> organization == null || task.organization().equals(organization))
                .toList();
    }

    /** Every task issued by {@code asOf}, as it stood then. */
    List<TaskProgress> all(Instant asOf) {
        Map<String, List<DomainEventMessage<?>>> streams = new LinkedHashMap<>();
        try (Stream<? extends DomainEventMessage<?>> events = taskEvents()) {
            events.filter(event -> !event.getTimestamp().isAfter(asOf))
                    .forEach(event -> streams.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>())
                            .add(event));
        }
        return streams.values().stream()
                .map(stream -> TaskProgress.fold(stream, clock.getZone()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    private Stream<? extends DomainEventMessage<?>> taskEvents() {
        return store.readEvents(null, false)
                .filter(event -> event instanceof DomainEventMessage<?>)
                .map(event -> (DomainEventMessage<?>) event)
                .filter(event -> TaskStream.TYPE.equals(event.getType()));
    }
}
