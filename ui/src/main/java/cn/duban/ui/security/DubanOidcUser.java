package cn.duban.ui.security;

import cn.duban.api.Actor;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A browser user logged in through the identity provider, with the Duban roles and organization its claims give. */
class DubanOidcUser extends DefaultOidcUser {

    private final transient DubanUser user;

    DubanOidcUser(OidcUser oidc, DubanUser user) {
        super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    Actor actor() {
        return user.actor();
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
