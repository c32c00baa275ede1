package cn.duban.ui.security;

import cn.duban.api.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The actor behind the current request, from Spring Security's context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof DubanUser user) {
            return Optional.of(user.actor());
        }
        if (authentication.getPrincipal() instanceof DubanOidcUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /** Runs work no person started (the demo loader) as that actor, so its commands say who acted. */
    public static void runAs(Actor actor, Runnable work) {
        var user = new DubanUser(actor.username(), "", true, actor.organization(), actor.roles());
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated Duban user in this thread"));
    }
}
