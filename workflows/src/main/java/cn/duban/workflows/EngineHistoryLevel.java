package cn.duban.workflows;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Makes the configured history level the database's before the engine compares them. Camunda writes the level into
 * {@code ACT_GE_PROPERTY} when it creates its schema and refuses to start with another ({@code historyLevel mismatch},
 * docs/PITFALLS.md), so a store created at {@code activity} could never move to {@code none}. Lowering the level is
 * safe for running instances: the engine only stops writing history. Raising it leaves the instances started before
 * with partial history, which the log says.
 */
@Component
public class EngineHistoryLevel extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryLevel.class);
    private static final String PROPERTY_TABLE = "ACT_GE_PROPERTY";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel configured = configuration.getHistoryLevel();
        if (configured == null) {
            return; // "auto": the engine takes the database's level.
        }
        String table = configuration.getDatabaseTablePrefix() + PROPERTY_TABLE;
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!exists(connection.getMetaData(), table)) {
                return; // a new schema: the engine writes the configured level itself
            }
            Integer stored = stored(connection, table);
            if (stored == null || stored == configured.getId()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET VALUE_ = ? WHERE NAME_ = 'historyLevel'")) {
                update.setString(1, Integer.toString(configured.getId()));
                update.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.warn("Engine history level changed from {} to {} ({}){}", stored, configured.getId(),
                    configured.getName(), stored < configured.getId()
                            ? ": process instances started before have partial engine history" : "");
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot set the engine history level to " + configured.getName(), e);
        }
    }

    private static Integer stored(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT VALUE_ FROM " + table + " WHERE NAME_ = 'historyLevel'");
             ResultSet row = select.executeQuery()) {
            return row.next() ? Integer.valueOf(row.getString(1)) : null;
        }
    }

    /** PostgreSQL folds unquoted names to lower case, H2 to upper case. */
    private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
        for (String name : new String[]{table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[]{"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
