package cn.duban.ui.security;

import cn.duban.api.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The actor behind the current request, from Spring Security's context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DubanUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated Duban user in this thread"));
    }
}
