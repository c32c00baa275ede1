package cn.duban.ui.history;

import cn.duban.audit.ChainWriter;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 31: a store written before the chain existed gets its chain from what is stored, in global order, with
 * the configured algorithm. From then on the write path chains every event itself. A Spring bean (Spring Boot hands
 * {@link JavaMigration} beans to Flyway) so that it follows {@code duban.history.hash-algorithm}.
 */
@Component
class ChainStoredEvents implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(ChainStoredEvents.class);

    private final HistoryProperties properties;

    ChainStoredEvents(HistoryProperties properties) {
        this.properties = properties;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "chain stored events";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long chained = new ChainWriter(properties.hashAlgorithm()).appendUnchained(context.getConnection());
        LOG.info("chained {} stored events with {}", chained, properties.hashAlgorithm().standardName());
    }
}
