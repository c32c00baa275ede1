package cn.duban.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * How people log in. {@code basic}: Duban's own accounts, HTTP Basic for API clients and a login page for browsers
 * (the embedded default). {@code oidc}: an identity provider, OpenID Connect for browsers and JWT bearer tokens for
 * API clients, with the roles and the organization read from the token's claims (production).
 *
 * @param mode              {@code basic} or {@code oidc}
 * @param rolesClaim        the claim that lists the Duban roles (ADMIN, OFFICE, UNIT, AUDITOR)
 * @param organizationClaim the claim that names the organization a unit user acts for
 * @param usernameClaim     the claim that names the user
 * @param lockout           when repeated failed logins lock an account of Duban's own
 * @param password          what a new account's password must be like
 */
@ConfigurationProperties("duban.login")
public record LoginProperties(String mode, String rolesClaim, String organizationClaim, String usernameClaim,
                              @DefaultValue Lockout lockout, @DefaultValue Password password) {

    /**
     * 等保 2.0: an account is locked for {@code duration} after {@code maxFailures} failed logins in a row.
     *
     * @param maxFailures failed logins in a row that lock the account ({@code duban.login.lockout.max-failures})
     * @param duration    how long it stays locked ({@code duban.login.lockout.duration})
     */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration duration) {

        public Lockout {
            if (maxFailures < 1 || duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duban.login.lockout needs max-failures of 1 or more and a "
                        + "positive duration, not " + maxFailures + " and " + duration);
            }
        }
    }

    /**
     * 等保 2.0: passwords of a configurable complexity, see {@link PasswordPolicy}.
     *
     * @param minLength            at least this many characters ({@code duban.login.password.min-length})
     * @param minCharacterClasses  of lower-case letters, upper-case letters, digits and other characters, at least
     *                             this many kinds ({@code duban.login.password.min-character-classes})
     */
    public record Password(@DefaultValue("8") int minLength, @DefaultValue("3") int minCharacterClasses) {

        public Password {
            if (minLength < 1 || minCharacterClasses < 1 || minCharacterClasses > PasswordPolicy.CLASSES) {
                throw new IllegalArgumentException("duban.login.password needs min-length of 1 or more and "
                        + "min-character-classes from 1 to " + PasswordPolicy.CLASSES);
            }
        }
    }

    public static final String OIDC = "oidc";
    /** The client registration id Duban expects for browser login with an identity provider. */
    public static final String REGISTRATION = "duban";

    public LoginProperties {
        mode = mode == null ? "basic" : mode;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        organizationClaim = organizationClaim == null ? "organization" : organizationClaim;
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        password = password == null ? new Password(8, 3) : password;
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
