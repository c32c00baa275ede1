package cn.duban.workflows;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store created at one history level starts at another: the engine alone refuses it, with the plugin it moves. */
class EngineHistoryLevelTest {

    private final String url = "jdbc:h2:mem:history-level-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aStoreCreatedAtActivityStartsAtNone() {
        start(ProcessEngineConfiguration.HISTORY_ACTIVITY, false).close();

        assertThatThrownBy(() -> start(ProcessEngineConfiguration.HISTORY_NONE, false))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("historyLevel mismatch");

        ProcessEngine engine = start(ProcessEngineConfiguration.HISTORY_NONE, true);
        try {
            assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "0");
        } finally {
            engine.close();
        }
        start(ProcessEngineConfiguration.HISTORY_NONE, false).close();
    }

    @Test
    void aNewSchemaGetsTheConfiguredLevel() {
        ProcessEngine engine = start(ProcessEngineConfiguration.HISTORY_NONE, true);
        try {
            assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "0");
        } finally {
            engine.close();
        }
    }

    private ProcessEngine start(String history, boolean withPlugin) {
        ProcessEngineConfigurationImpl config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("history-level-" + UUID.randomUUID());
        config.setJdbcUrl(url);
        config.setJdbcDriver("org.h2.Driver");
        config.setJdbcUsername("sa");
        config.setJdbcPassword("");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setJobExecutorActivate(false);
        config.setHistory(history);
        if (withPlugin) {
            config.setProcessEnginePlugins(List.of(new EngineHistoryLevel()));
        }
        return config.buildProcessEngine();
    }
}
