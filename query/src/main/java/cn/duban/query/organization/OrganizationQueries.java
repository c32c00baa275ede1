package cn.duban.query.organization;

import cn.duban.api.OrganizationType;
import cn.duban.query.history.EventStreams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        StringBuilder sql = new StringBuilder("SELECT code, name, type, parent FROM organization WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (type != null) {
            sql.append(" AND type = ?");
            args.add(type.name());
        }
        if (parent != null) {
            sql.append(" AND parent = ?");
            args.add(parent);
        }
        if (text != null && !text.isBlank()) {
            // the text as typed, its LIKE wildcards dropped; codes compare without case, names as written
            String needle = text.strip().replace("%", "").replace("_", "");
            sql.append(" AND (LOWER(code) LIKE ? OR name LIKE ?)");
            args.add("%" + needle.toLowerCase(Locale.ROOT) + "%");
            args.add("%" + needle + "%");
        }
        return jdbc.query(sql.append(" ORDER BY type, code").toString(),
                (rs, row) -> new OrganizationView(rs.getString("code"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getString("parent")), args.toArray());
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
