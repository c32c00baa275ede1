package cn.duban.query.organization;

import cn.duban.api.OrganizationType;
import cn.duban.query.history.EventStreams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Organizations from the table, and whether one exists according to the event store itself. */
@Component
public class OrganizationQueries {

    private final JdbcTemplate jdbc;
    private final EventStreams streams;

    OrganizationQueries(JdbcTemplate jdbc, EventStreams streams) {
        this.jdbc = jdbc;
        this.streams = streams;
    }

    public List<OrganizationView> all() {
        return jdbc.query("SELECT code, name, type, parent FROM organization ORDER BY type, code",
                (rs, row) -> new OrganizationView(rs.getString("code"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getString("parent")));
    }

    /** Each organization's name by its code. */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT code, name FROM organization", rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    /** Read from the organization's own stream, so a registration a moment ago counts. */
    public boolean exists(String code) {
        return streams.exists(code, "Organization");
    }
}
