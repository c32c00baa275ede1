package cn.duban.query.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How often the office urged (催办) each of many tasks, and its latest words: read from the urges' notices, so that a
 * work queue can say which items were urged without the browser asking per item.
 */
@Component
public class Urges {

    /** A task's urges: how many, and the latest one's message and moment. */
    public record Urged(int count, String lastMessage, Instant lastAt) {
    }

    private static final String SQL = """
            SELECT task_id, body, created_at, COUNT(*) OVER (PARTITION BY task_id) AS urges,
                   ROW_NUMBER() OVER (PARTITION BY task_id ORDER BY created_at DESC, id) AS newest
            FROM notification WHERE kind = 'URGED' AND task_id IN (:ids)""";

    private final NamedParameterJdbcTemplate jdbc;

    Urges(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** By task id; a task never urged has none. */
    public Map<String, Urged> of(Collection<String> taskIds) {
        Map<String, Urged> urges = new HashMap<>();
        if (taskIds.isEmpty()) {
            return urges;
        }
        jdbc.query("SELECT * FROM (" + SQL + ") u WHERE newest = 1", Map.of("ids", taskIds),
                rs -> {
                    urges.put(rs.getString("task_id"), new Urged(rs.getInt("urges"), rs.getString("body"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()));
                });
        return urges;
    }
}
