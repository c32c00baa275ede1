package cn.duban.ui.problem;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UnavailableTest {

    @Test
    void a_connection_the_server_terminated_explains_the_failure_wherever_it_is_wrapped() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(Unavailable.explains(new IllegalStateException("process step failed", terminated))).isTrue();
    }

    @Test
    void a_statement_or_a_rollback_on_a_connection_the_pool_closed_as_broken_is_the_same_outage() {
        // what Axon's JDBC code and Spring's rollback throw once Hikari has closed the connection under the request
        assertThat(Unavailable.explains(new IllegalStateException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(Unavailable.explains(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertThat(Unavailable.explains(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(Unavailable.explains(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(Unavailable.explains(new IllegalArgumentException("a bug"))).isFalse();
    }
}
