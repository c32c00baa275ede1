package cn.duban.query.history;

import cn.duban.api.AccountLocked;
import cn.duban.api.LoginFailed;
import cn.duban.api.UserLoggedIn;
import cn.duban.api.UserLoggedOut;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The login records (等保 2.0) read from the event store itself, newest first: they are events, so what the auditor
 * reads is what the chain covers. Each type is read by the index on (payload type, position), walking backwards;
 * a filter by user name is applied to the payloads as they are read (the name is inside the JSON), scanning as far
 * back as it takes to fill the page.
 */
@Component
public class LoginRecords {

    public static final int MAX_LIMIT = 500;
    private static final int SCAN = 500;

    private static final Map<String, String> KINDS = Map.of(
            UserLoggedIn.class.getName(), "LOGIN",
            LoginFailed.class.getName(), "LOGIN_FAILED",
            UserLoggedOut.class.getName(), "LOGOUT",
            AccountLocked.class.getName(), "LOCKED");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    LoginRecords(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records before that position (exclusive; all when null), of that user when named, at most {@code limit}. */
    public LoginRecordPage page(String username, Long before, int limit) {
        if ((before != null && before < 1) || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("before must be >= 1 and limit within 1.." + MAX_LIMIT);
        }
        List<LoginRecord> found = new ArrayList<>();
        long cursor = before == null ? Long.MAX_VALUE : before;
        while (found.size() <= limit) {
            List<LoginRecord> batch = newest(cursor);
            batch.stream().filter(record -> username == null || username.equals(record.username()))
                    .limit(limit + 1L - found.size()).forEach(found::add);
            if (batch.size() < SCAN) {
                break;
            }
            cursor = batch.get(batch.size() - 1).position();
        }
        // One more than asked tells whether there is a next page.
        Long next = found.size() > limit ? found.get(limit - 1).position() : null;
        return new LoginRecordPage(List.copyOf(found.subList(0, Math.min(limit, found.size()))), next);
    }

    /** The newest {@code SCAN} records before the cursor: the newest of each type, merged. */
    private List<LoginRecord> newest(long cursor) {
        List<LoginRecord> merged = new ArrayList<>();
        for (String type : KINDS.keySet()) {
            merged.addAll(jdbc.query("""
                    SELECT global_index, payload_type, time_stamp, payload FROM domain_event_entry
                    WHERE payload_type = ? AND global_index < ?
                    ORDER BY global_index DESC FETCH FIRST %d ROWS ONLY""".formatted(SCAN),
                    (rs, row) -> record(rs), type, cursor));
        }
        merged.sort(Comparator.comparingLong(LoginRecord::position).reversed());
        return merged.size() > SCAN ? merged.subList(0, SCAN) : merged;
    }

    private LoginRecord record(ResultSet rs) throws SQLException {
        JsonNode payload = tree(rs.getBytes("payload"));
        String lockedUntil = text(payload, "lockedUntil");
        return new LoginRecord(rs.getLong("global_index"), Instant.parse(rs.getString("time_stamp")),
                KINDS.get(rs.getString("payload_type")), text(payload, "username"), text(payload, "address"),
                text(payload, "method"), text(payload, "reason"),
                lockedUntil == null ? null : Instant.parse(lockedUntil));
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode tree(byte[] stored) {
        try {
            return json.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("a login record in the store is not JSON", e);
        }
    }
}
