package cn.duban.query.notification;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Each reader's messages, newest first, and their read marks (kept per user, apart from the projection). */
@Component
public class MessageCentre {

    public static final int MAX_LIMIT = 100;

    /** A reader's messages with their read marks; takes the username, then the reader's where arguments. */
    private static final String READERS = " FROM notification n LEFT JOIN notification_read r"
            + " ON r.notification_id = n.id AND r.username = ? WHERE ";
    private static final String VISIBLE = "SELECT n.id, n.kind, n.task_id, n.organization, n.audience, n.title,"
            + " n.body, n.created_at, r.read_at" + READERS;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MessageCentre(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<NotificationView> page(Reader reader, boolean unreadOnly, int limit, int offset) {
        List<Object> arguments = arguments(reader);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(VISIBLE + reader.where() + (unreadOnly ? " AND r.read_at IS NULL" : "")
                + " ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?", VIEW, arguments.toArray());
    }

    public long unread(Reader reader) {
        List<Object> arguments = arguments(reader);
        return jdbc.queryForObject("SELECT COUNT(*)" + READERS + reader.where() + " AND r.read_at IS NULL", Long.class,
                arguments.toArray());
    }

    /** The message, marked read by this reader; empty when it is not one of theirs (or none at all). */
    public Optional<NotificationView> markRead(Reader reader, String id) {
        mark(reader, " AND n.id = ?", id);
        return find(reader, id);
    }

    /** Marks every message of this reader's read; the number newly marked. */
    public int markAllRead(Reader reader) {
        return mark(reader, "");
    }

    /** Marks the reader's messages (those {@code only} narrows down to) read that are not yet; how many. */
    private int mark(Reader reader, String only, Object... onlyArguments) {
        List<Object> arguments = new ArrayList<>(List.of(reader.username(), now()));
        arguments.addAll(Arrays.asList(reader.whereArguments()));
        arguments.addAll(Arrays.asList(onlyArguments));
        arguments.add(reader.username());
        try {
            return jdbc.update("INSERT INTO notification_read (username, notification_id, read_at)"
                    + " SELECT CAST(? AS VARCHAR(128)), n.id, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM notification n"
                    + " WHERE " + reader.where() + only + " AND NOT EXISTS (SELECT 1 FROM notification_read r"
                    + " WHERE r.notification_id = n.id AND r.username = ?)", arguments.toArray());
        } catch (DuplicateKeyException markedMeanwhile) {
            return 0;   // the same reader marked them at the same moment elsewhere: read either way
        }
    }

    private Optional<NotificationView> find(Reader reader, String id) {
        List<Object> arguments = arguments(reader);
        arguments.add(id);
        return jdbc.query(VISIBLE + reader.where() + " AND n.id = ?", VIEW, arguments.toArray()).stream()
                .findFirst();
    }

    private static List<Object> arguments(Reader reader) {
        List<Object> arguments = new ArrayList<>(List.of(reader.username()));
        arguments.addAll(Arrays.asList(reader.whereArguments()));
        return arguments;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static final RowMapper<NotificationView> VIEW = (ResultSet rs, int row) -> view(rs);

    private static NotificationView view(ResultSet rs) throws SQLException {
        return new NotificationView(rs.getString("id"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("task_id"), rs.getString("organization"), Audience.valueOf(rs.getString("audience")),
                rs.getString("title"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null);
    }
}
