package cn.duban.ui.security;

import cn.duban.api.AccountLocked;
import cn.duban.api.LoginFailed;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Failed logins in a row lock an account of Duban's own for a while ({@code duban.login.lockout}); a success ends the
 * run. The count lives in {@code app_user}; the records are events. The count, the lock and their records commit in
 * one transaction: the event store and {@code app_user} share the DataSource and Spring's transaction manager, and
 * Axon's JDBC engine appends a message published outside a unit of work in the caller's transaction.
 * <p>
 * The records are plain (non-domain) events through Axon's {@link EventGateway}, not {@code UserAccount} events:
 * they are facts the security layer observed, not decisions of the account; unknown user names and identity-provider
 * users have no account stream at all; and one stream per account would serialize every login on its sequence.
 * Axon stores each with its own id as aggregate id and sequence 0, in the same table, so the chain covers them.
 */
@Component
class LoginLockout {

    static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";

    private final JdbcTemplate jdbc;
    private final EventGateway events;
    private final Clock clock;
    private final LoginProperties.Lockout rules;

    LoginLockout(JdbcTemplate jdbc, EventGateway events, Clock clock, LoginProperties login) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.rules = login.lockout();
    }

    /**
     * Records a refused login. Only a wrong password of an existing account counts: a login refused because the
     * account is locked already does not prolong the lock, and an unknown name has nothing to lock. The first failure
     * after a lock has run out starts a new count.
     */
    @Transactional
    public void failed(String username, String address, String method, String reason) {
        events.publish(new LoginFailed(username, address, method, reason));
        if (!BAD_CREDENTIALS.equals(reason) || username == null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE app_user SET failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1
                                                         ELSE failed_logins + 1 END,
                                    locked_until = CASE WHEN locked_until <= ? THEN NULL ELSE locked_until END
                WHERE username = ?""", utc(now), utc(now), username);
        List<Integer> failures = jdbc.queryForList("SELECT failed_logins FROM app_user WHERE username = ?",
                Integer.class, username);
        if (!failures.isEmpty() && failures.get(0) >= rules.maxFailures()) {
            // In milliseconds, as the events' own timestamps: the database would round finer digits, even upwards.
            Instant until = now.plus(rules.duration()).truncatedTo(ChronoUnit.MILLIS);
            jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?", utc(until), username);
            events.publish(new AccountLocked(username, address, failures.get(0), until));
        }
    }

    /**
     * A login succeeded: resets the count. Writes only when there was a run of failures or a lock to clear, since
     * HTTP Basic authenticates every request; answers whether there was.
     */
    @Transactional
    public boolean succeeded(String username) {
        // never while a lock holds: a guess already under way when the lock was set must not lift it
        Instant now = clock.instant();
        return jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL "
                + "WHERE username = ? AND (failed_logins > 0 OR locked_until IS NOT NULL) "
                + "AND (locked_until IS NULL OR locked_until <= ?)", username, utc(now)) > 0;
    }

    /**
     * Stores a login or logout record in a transaction begun here: begun by Axon instead, a failure to get a
     * connection would surface as Axon's "UnitOfWork in an incompatible phase" and hide the outage (answered 503).
     */
    @Transactional
    public void record(Object loginRecord) {
        events.publish(loginRecord);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
