package cn.duban.ui.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Tells Axon when an append hit the unique (aggregate, sequence) key, so it raises a concurrency conflict (HTTP 409)
 * instead of a generic store failure. Axon's default JDBC resolver matches vendor error codes, which PostgreSQL does
 * not use for this; PostgreSQL and H2 both report SQLState 23505 (unique violation), also inside batch failures.
 */
@Component
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
