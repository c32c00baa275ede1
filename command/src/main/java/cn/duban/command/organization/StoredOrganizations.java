package cn.duban.command.organization;

import cn.duban.api.OrganizationRegistered;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An organization is registered when its stream (named by its code) begins with {@link OrganizationRegistered}: the
 * type is checked because codes and other aggregates' ids share one space of stream names.
 */
@Component
class StoredOrganizations implements OrganizationDirectory {

    private final EventStore events;

    StoredOrganizations(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean registered(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        DomainEventStream stream = events.readEvents(code);
        return stream.hasNext() && stream.next().getPayload() instanceof OrganizationRegistered;
    }
}
