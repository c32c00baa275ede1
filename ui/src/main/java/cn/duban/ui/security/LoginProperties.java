package cn.duban.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * How people log in. {@code basic}: Duban's own accounts, HTTP Basic for API clients and a login page for browsers
 * (the embedded default). {@code oidc}: an identity provider, OpenID Connect for browsers and JWT bearer tokens for
 * API clients, with the roles and the organization read from the token's claims (production).
 *
 * @param mode              {@code basic} or {@code oidc}
 * @param rolesClaim        the claim that lists the Duban roles (ADMIN, OFFICE, UNIT, AUDITOR)
 * @param organizationClaim the claim that names the organization a unit user acts for
 * @param usernameClaim     the claim that names the user
 */
@ConfigurationProperties("duban.login")
public record LoginProperties(String mode, String rolesClaim, String organizationClaim, String usernameClaim) {

    public static final String OIDC = "oidc";
    /** The client registration id Duban expects for browser login with an identity provider. */
    public static final String REGISTRATION = "duban";

    public LoginProperties {
        mode = mode == null ? "basic" : mode;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        organizationClaim = organizationClaim == null ? "organization" : organizationClaim;
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
    }

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String CLIENT = "spring.security.oauth2.client.registration." + REGISTRATION + ".client-id";

    public boolean oidc() {
        return OIDC.equals(mode);
    }

    /** With {@code oidc}, refuse to start unless the token issuer and the browser's client registration are set. */
    void requireIdentityProvider(Environment environment) {
        if (oidc() && !(environment.containsProperty(ISSUER) && environment.containsProperty(CLIENT))) {
            throw new IllegalStateException("Duban refuses to start without an identity provider: with "
                    + "duban.login.mode=oidc, set " + ISSUER + " and " + CLIENT + " (see application-prod.yml).");
        }
    }
}
