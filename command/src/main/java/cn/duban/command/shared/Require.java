package cn.duban.command.shared;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.Role;

import java.util.Arrays;

/** Access guards the aggregates apply before deciding anything, so no path around the HTTP API can bypass them. */
public final class Require {

    private Require() {
    }

    public static void anyRole(Actor actor, Role... roles) {
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            throw new ActionNotAllowedException(
                    actor.username() + " may not do this: it needs the role " + Arrays.toString(roles));
        }
    }

    /** Only a unit user of the task's own organization may act for it. */
    public static void unitOf(Actor actor, String organization) {
        if (!actor.actsFor(organization)) {
            throw new ActionNotAllowedException(
                    actor.username() + " may not act for organization " + organization);
        }
    }
}
