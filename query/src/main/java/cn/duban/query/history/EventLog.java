package cn.duban.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The global event log for auditors, read with plain JDBC from the event table: payloads and metadata are shown as
 * the JSON that was stored (never upcast or re-serialized), so what an auditor reads is what the store holds.
 */
@Component
public class EventLog {

    public static final int MAX_LIMIT = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Events after that position (exclusive), oldest first, at most {@code limit}; of one aggregate if named. */
    public EventLogPage page(String aggregateId, long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("after must be >= 0 and limit within 1.." + MAX_LIMIT);
        }
        var sql = new StringBuilder("""
                SELECT global_index, type, aggregate_identifier, sequence_number, payload_type, payload_revision,
                       time_stamp, payload, meta_data
                FROM domain_event_entry WHERE global_index > ?""");
        List<Object> args = new ArrayList<>(List.of(after));
        if (aggregateId != null) {
            sql.append(" AND aggregate_identifier = ?");
            args.add(aggregateId);
        }
        sql.append(" ORDER BY global_index FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<LoggedEvent> events = jdbc.query(sql.toString(), (rs, row) -> event(rs), args.toArray());
        long nextAfter = events.isEmpty() ? after : events.get(events.size() - 1).position();
        return new EventLogPage(events, nextAfter);
    }

    private LoggedEvent event(ResultSet rs) throws SQLException {
        String payloadType = rs.getString("payload_type");
        return new LoggedEvent(rs.getLong("global_index"), rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), rs.getString("payload_revision"),
                Instant.parse(rs.getString("time_stamp")), tree(rs.getBytes("payload")),
                tree(rs.getBytes("meta_data")));
    }

    private JsonNode tree(byte[] stored) {
        if (stored == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("an event in the store is not JSON", e);
        }
    }
}
