package cn.duban.query.notification;

import cn.duban.api.Actor;
import cn.duban.api.Role;

import java.util.Optional;

/**
 * Whose messages a user reads: an office user the office's, a unit user their organization's. Administrators and
 * auditors are addressed by none.
 */
public record Reader(String username, Audience audience, String organization) {

    public static Optional<Reader> of(Actor actor) {
        if (actor.has(Role.OFFICE)) {
            return Optional.of(new Reader(actor.username(), Audience.OFFICE, null));
        }
        if (actor.has(Role.UNIT) && actor.organization() != null) {
            return Optional.of(new Reader(actor.username(), Audience.UNIT, actor.organization()));
        }
        return Optional.empty();
    }

    /** The condition on {@code notification n} that keeps this reader's messages, and its arguments. */
    String where() {
        return audience == Audience.OFFICE ? "n.audience = 'OFFICE'" : "n.audience = 'UNIT' AND n.organization = ?";
    }

    Object[] whereArguments() {
        return audience == Audience.OFFICE ? new Object[0] : new Object[] {organization};
    }
}
