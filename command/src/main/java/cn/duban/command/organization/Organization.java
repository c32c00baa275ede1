package cn.duban.command.organization;

import cn.duban.api.Actor;
import cn.duban.api.OrganizationRegistered;
import cn.duban.api.RegisterOrganization;
import cn.duban.api.Role;
import cn.duban.command.shared.InputCheck;
import cn.duban.api.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A responsible organization. Registering a code that exists already fails on the event store's unique stream key,
 * which the HTTP API answers with 409.
 */
@Aggregate
public class Organization {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @AggregateIdentifier
    private String code;

    protected Organization() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Organization(RegisterOrganization command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.ADMIN, Role.OFFICE);
        new InputCheck()
                .require(command.code() != null && CODE.matcher(command.code()).matches(), "code",
                        "须为 1 到 64 个小写字母、数字或连字符")
                .text(command.name(), "name", 200)
                .notNull(command.type(), "type")
                .require(command.parent() == null || !command.parent().equals(command.code()), "parent",
                        "an organization cannot be its own parent")
                .orThrow();
        apply(new OrganizationRegistered(command.code(), command.name(), command.type(), command.parent()));
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        code = event.code();
    }
}
