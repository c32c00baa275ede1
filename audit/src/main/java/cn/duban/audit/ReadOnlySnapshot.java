package cn.duban.audit;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a reading in one read-only snapshot of the database, so that a write meanwhile cannot look like a fault. */
final class ReadOnlySnapshot {

    interface Reading<T> {
        T read() throws SQLException;
    }

    private ReadOnlySnapshot() {
    }

    static <T> T run(Connection connection, Reading<T> reading) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            return reading.read();
        } finally {
            connection.rollback();
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
