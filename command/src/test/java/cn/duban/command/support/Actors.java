package cn.duban.command.support;

import cn.duban.api.Actor;
import cn.duban.api.Role;
import org.axonframework.messaging.MetaData;

import java.util.Set;

/** The people who send commands in the aggregate tests, as the metadata the application puts on every command. */
public final class Actors {

    /** The organization the tasks under test belong to, and another one. */
    public static final String OWN_ORGANIZATION = "jieshou";
    public static final String OTHER_ORGANIZATION = "linze";

    public static final Actor OFFICE = new Actor("office", null, Set.of(Role.OFFICE));
    public static final Actor ADMIN = new Actor("admin", null, Set.of(Role.ADMIN));
    public static final Actor AUDITOR = new Actor("auditor", null, Set.of(Role.AUDITOR));
    public static final Actor UNIT = new Actor("jieshou", OWN_ORGANIZATION, Set.of(Role.UNIT));
    public static final Actor OTHER_UNIT = new Actor("linze", OTHER_ORGANIZATION, Set.of(Role.UNIT));
    /** Names the task's organization but lacks the UNIT role: the organization alone grants nothing. */
    public static final Actor OFFICE_OF_OWN_ORGANIZATION = new Actor("mixed", OWN_ORGANIZATION, Set.of(Role.OFFICE));

    private Actors() {
    }

    public static MetaData as(Actor actor) {
        return actor.toMetaData();
    }

    /** A command that carries no actor at all, as one sent around the HTTP API would. */
    public static MetaData anonymous() {
        return MetaData.emptyInstance();
    }
}
