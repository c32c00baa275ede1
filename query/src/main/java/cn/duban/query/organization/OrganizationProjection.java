package cn.duban.query.organization;

import cn.duban.api.OrganizationRegistered;
import cn.duban.query.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps {@code organization}: one row per registered organization. */
@Component
@ProcessingGroup(OrganizationProjection.NAME)
class OrganizationProjection implements Projection {

    static final String NAME = "organizations";

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

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("organization");
    }
}
