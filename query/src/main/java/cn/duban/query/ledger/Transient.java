package cn.duban.query.ledger;

import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Failures that are not the event's fault and pass by themselves: a deadlock or serialization failure (SQLSTATE
 * class 40), a lost connection (08), a transient JDBC or Spring data-access failure. Such an event is tried again,
 * never dead-lettered.
 */
final class Transient {

    private Transient() {
    }

    static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof TransientDataAccessException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
