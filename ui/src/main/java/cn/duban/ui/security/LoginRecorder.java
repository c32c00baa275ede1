package cn.duban.ui.security;

import cn.duban.api.UserLoggedIn;
import cn.duban.api.UserLoggedOut;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Records logins, failed logins and logouts as events (等保 2.0), from Spring Security's own authentication events:
 * who, from which address ({@code request.getRemoteAddr()}: behind a reverse proxy, let the server trust its
 * forwarded headers) and how. Every failure and every logout is recorded, and every login through the login page or
 * the identity provider. HTTP Basic and bearer tokens authenticate each request anew, so their logins are recorded
 * only when they end a run of failures, or else at most once an hour per user and address ({@link RecentLogins}).
 */
@Component
class LoginRecorder {

    static final String FORM = "FORM";
    static final String BASIC = "BASIC";
    static final String OIDC = "OIDC";
    static final String BEARER = "BEARER";

    /** Longer names than any account can have are cut, so a hostile header cannot write a large record. */
    private static final int MAX_NAME = 128;
    private static final Duration QUIET = Duration.ofHours(1);
    private static final int REMEMBERED = 10_000;

    private final LoginLockout lockout;
    private final UserAccounts accounts;
    private final RecentLogins recent;

    LoginRecorder(LoginLockout lockout, UserAccounts accounts, Clock clock) {
        this.lockout = lockout;
        this.accounts = accounts;
        this.recent = new RecentLogins(clock, QUIET, REMEMBERED);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = name(authentication);
        String address = address(authentication);
        String method = method(authentication);
        boolean endedFailures = lockout.succeeded(username);
        boolean due = recent.due(username, address);
        boolean everyRequest = BASIC.equals(method) || BEARER.equals(method);
        if (endedFailures || due || !everyRequest) {
            lockout.record(new UserLoggedIn(username, address, method));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent
                || event instanceof AuthenticationFailureServiceExceptionEvent) {
            // Not a verdict: a parent authentication manager without a provider for the token (a bearer token's
            // manager asks the global one too), or the accounts could not be read (the database is out of reach,
            // answered 503 by the entry point): the user's credentials were never judged.
            return;
        }
        Authentication attempt = event.getAuthentication();
        String username = name(attempt);
        String method = method(attempt);
        lockout.failed(username, address(attempt), method, reason(event.getException(), username, method));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        lockout.record(new UserLoggedOut(name(event.getAuthentication()), address(event.getAuthentication())));
    }

    /** What the record may say and the answer never does (every refusal answers alike). */
    private String reason(AuthenticationException e, String username, String method) {
        if (e instanceof LockedException) {
            return "LOCKED";
        }
        if (e instanceof DisabledException) {
            return "DISABLED";
        }
        if (e instanceof OAuth2AuthenticationException) {
            return BEARER.equals(method) ? "INVALID_TOKEN" : "PROVIDER_REFUSED";
        }
        if (e instanceof UsernameNotFoundException || !accounts.exists(username)) {
            return "UNKNOWN_USER";
        }
        return LoginLockout.BAD_CREDENTIALS;
    }

    /** The user name; none for a bearer token that was refused (its "name" would be the token itself). */
    private static String name(Authentication authentication) {
        if (authentication == null || authentication instanceof BearerTokenAuthenticationToken) {
            return null;
        }
        String name = authentication.getName();
        if (name == null || name.isEmpty()) {
            return null;
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String method(Authentication authentication) {
        if (authentication instanceof OAuth2LoginAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken) {
            return OIDC;
        }
        if (authentication instanceof BearerTokenAuthenticationToken) {
            return BEARER;
        }
        // Basic, the login form and a converted bearer token all end as a user name and password token.
        HttpServletRequest request = request();
        String header = request == null ? null : request.getHeader("Authorization");
        String scheme = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("basic ")) {
            return BASIC;
        }
        return scheme.startsWith("bearer ") ? BEARER : FORM;
    }

    private static String address(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
