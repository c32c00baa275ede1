package cn.duban.query.organization;

import cn.duban.api.OrganizationRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code organization}: one row per registered organization. */
@Component
@ProcessingGroup("organizations")
class OrganizationProjection {

    private final JdbcTemplate jdbc;

    OrganizationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationRegistered event) {
        jdbc.update("INSERT INTO organization (code, name, type, parent) VALUES (?, ?, ?, ?)",
                event.code(), event.name(), event.type().name(), event.parent());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM organization");
    }
}
