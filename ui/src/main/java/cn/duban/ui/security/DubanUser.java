package cn.duban.ui.security;

import cn.duban.api.Actor;
import cn.duban.api.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Set;

/** A logged-in user: Spring Security's user plus the organization they act for and their Duban roles. */
public class DubanUser extends User {

    private final String organization;
    private final Set<Role> roles;

    DubanUser(String username, String passwordHash, boolean enabled, String organization, Set<Role> roles) {
        this(username, passwordHash, enabled, true, organization, roles);
    }

    /** {@code nonLocked} false while failed logins keep the account locked: Spring then refuses even the password. */
    DubanUser(String username, String passwordHash, boolean enabled, boolean nonLocked, String organization,
              Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.organization = organization;
        this.roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(getUsername(), organization, roles);
    }
}
