package cn.duban.ui.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh PostgreSQL databases for the integration tests, on the server the README and CI use (127.0.0.1:5432,
 * user postgres; override with DUBAN_TEST_PG_HOST / _PORT / _USER). Each name is dropped and created anew, so a
 * test run never sees an earlier one's data; names carry a mark of the checkout, so two checkouts on one machine
 * can run their tests at the same time.
 */
public final class TestDatabase {

    private static final String HOST = env("DUBAN_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("DUBAN_TEST_PG_PORT", "5432");
    public static final String USER = env("DUBAN_TEST_PG_USER", "postgres");

    private TestDatabase() {
    }

    private static final String CHECKOUT = Integer.toHexString(System.getProperty("user.dir").hashCode());

    /** Creates the database anew and answers its JDBC URL. */
    public static String fresh(String prefix) {
        String name = prefix + "_" + CHECKOUT;
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + url(name) + " (see README)", e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
