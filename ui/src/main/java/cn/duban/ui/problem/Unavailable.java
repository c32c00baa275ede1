package cn.duban.ui.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * The one rule for "the database is out of reach or the server is saturated": such a request is answered 503 with
 * {@code Retry-After}, never 401 or 500. Almost always it changed nothing (its transaction could not begin or
 * commit); only a connection lost during the commit leaves the outcome unknown, and the answer says so. The
 * causes are looked for along the whole chain, since Axon, Spring Security and Spring's JDBC support each wrap them.
 */
public final class Unavailable {

    /** What a client should wait before trying again: about what a pool wait or a database restart takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private Unavailable() {
    }

    /** Whether the database being out of reach (or the pool exhausted) explains this failure. */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException || cause instanceof ConnectException
                    || cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari closes a connection under its user once a statement on it failed as a lost connection does (it logs
     * "marked as broken because of SQLSTATE(57P01)"); every later call on it then fails with this message and no
     * SQLSTATE (the rollback that follows too: "JDBC rollback failed"), and is the same outage seen a statement
     * later.
     */
    private static boolean closedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /** SQLSTATE class 08 (connection exception), 57P01 to 57P03 (the server shuts down or starts). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** The answer, with its {@code Retry-After}, for handlers that answer with a response entity. */
    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfter())
                .body(problem());
    }

    /** {@code Retry-After} in seconds. */
    static String retryAfter() {
        return String.valueOf(RETRY_AFTER.toSeconds());
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试 (the database is out of reach or "
                + "the server is busy: retry after " + RETRY_AFTER.toSeconds() + " s; a change whose connection was "
                + "lost while it committed may have been made, so read before you repeat it)");
    }
}
