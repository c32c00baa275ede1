package cn.duban.ui.security;

import cn.duban.api.Role;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Duban user from an identity provider's token claims: the user name, the roles among Duban's four (others
 * are ignored, so a provider may carry more), and the organization. A token without a Duban role grants nothing.
 */
@Component
class TokenClaims {

    private final LoginProperties login;

    TokenClaims(LoginProperties login) {
        this.login = login;
    }

    DubanUser user(Map<String, Object> claims) {
        Object username = claims.getOrDefault(login.usernameClaim(), claims.get("sub"));
        Object organization = claims.get(login.organizationClaim());
        return new DubanUser(String.valueOf(username), "", true,
                organization == null ? null : organization.toString(), roles(claims.get(login.rolesClaim())));
    }

    private static Set<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim == null ? Set.of() : Arrays.asList(claim.toString().split("[,\\s]+"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            Arrays.stream(Role.values()).filter(role -> role.name().equalsIgnoreCase(String.valueOf(value)))
                    .forEach(roles::add);
        }
        return roles;
    }
}
