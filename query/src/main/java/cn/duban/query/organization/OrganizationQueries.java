package cn.duban.query.organization;

import cn.duban.api.OrganizationType;
import cn.duban.query.Where;
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
        return find(null, null, null);
    }

    /**
     * The organizations of a type, under a parent, whose code or name holds the text; each null for any. By type,
     * then code.
     */
    public List<OrganizationView> find(OrganizationType type, String parent, String text) {
        // codes compare without case, names as written
        Where where = new Where().equal("type", type == null ? null : type.name()).equal("parent", parent)
                .holds(text, "LOWER(code) LIKE LOWER(?)", "name LIKE ?");
        return jdbc.query("SELECT code, name, type, parent FROM organization" + where.sql() + " ORDER BY type, code",
                (rs, row) -> new OrganizationView(rs.getString("code"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getString("parent")), where.args());
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
