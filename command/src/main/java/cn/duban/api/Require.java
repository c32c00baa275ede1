package cn.duban.api;

import java.util.Arrays;

/**
 * Access guards on an {@link Actor}: the aggregates apply them before deciding anything, so no path around the HTTP
 * API can bypass them; the application may ask the same rule early (before storing an upload, say), never another.
 */
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
