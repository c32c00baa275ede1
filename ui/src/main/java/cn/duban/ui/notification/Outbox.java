package cn.duban.ui.notification;

import cn.duban.query.Where;
import cn.duban.query.notification.Notice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code notification_delivery}: the messages to send outward and what became of each. */
@Component
class Outbox {

    /** A message claimed for sending, with its channel and how often it was tried before. */
    record Claimed(long id, Channel channel, Outgoing message, int attempts) {
    }

    private static final int MAX_ERROR = 1000;

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the message unless this notice already has one for this recipient and channel: the de-duplication.
     * The processor that plans holds its segment alone, so the check and the insert see no rival; the unique key
     * stops one that slipped through, and the failed batch is then handled again and finds the row.
     */
    void add(Notice notice, String recipient, Channel channel, String address, Instant due, Instant now) {
        jdbc.update("INSERT INTO notification_delivery (notification_id, kind, task_id, recipient, channel, address,"
                        + " title, text, status, attempts, next_attempt_at, created_at)"
                        + " SELECT CAST(? AS VARCHAR(36)), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)),"
                        + " CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(254)),"
                        + " CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(100000)), 'PENDING', 0,"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM notification_delivery"
                        + " WHERE notification_id = ? AND recipient = ? AND channel = ?)",
                notice.id(), notice.kind().name(), notice.taskId(), recipient, channel.name(), address,
                notice.title(), notice.text(), utc(due), utc(now), notice.id(), recipient, channel.name());
    }

    /** Up to {@code limit} due messages, oldest due first: candidates, each still to be claimed. */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM notification_delivery WHERE status = 'PENDING'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?", Long.class, utc(now), limit);
    }

    /**
     * Takes the message for a lease: its next attempt moves past the lease, so no other node (nor this one's next
     * round) takes it while it is being sent, and one that dies sending leaves it due again when the lease ends. Of
     * two nodes claiming the same row, the second finds it no longer due and gets nothing.
     */
    Optional<Claimed> claim(long id, Instant now, Instant leaseEnd) {
        int taken = jdbc.update("UPDATE notification_delivery SET next_attempt_at = ? WHERE id = ?"
                + " AND status = 'PENDING' AND next_attempt_at <= ?", utc(leaseEnd), id, utc(now));
        if (taken == 0) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, channel, address, title, text, attempts FROM notification_delivery"
                + " WHERE id = ?", (rs, n) -> new Claimed(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                new Outgoing(rs.getString("address"), rs.getString("title"), rs.getString("text")),
                rs.getInt("attempts")), id).stream().findFirst();
    }

    void sent(long id, Instant now) {
        jdbc.update("UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                + " next_attempt_at = ? WHERE id = ?", utc(now), utc(now), id);
    }

    /** A failed attempt: tried again at {@code retry}, or, without one, FAILED for good. The error is kept. */
    void failed(long id, String error, Instant retry, Instant now) {
        jdbc.update("UPDATE notification_delivery SET attempts = attempts + 1, last_error = ?, status = ?,"
                        + " next_attempt_at = ? WHERE id = ?", truncate(error),
                retry == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(),
                utc(retry == null ? now : retry), id);
    }

    List<DeliveryRecord> records(DeliveryStatus status, String taskId, int limit) {
        Where where = new Where().equal("status", status == null ? null : status.name()).equal("task_id", taskId);
        return jdbc.query("SELECT * FROM notification_delivery" + where.sql() + " ORDER BY id DESC LIMIT ?", RECORD,
                where.args(limit));
    }

    private static final RowMapper<DeliveryRecord> RECORD = (rs, n) -> new DeliveryRecord(rs.getLong("id"),
            rs.getString("notification_id"), rs.getString("kind"), rs.getString("task_id"),
            rs.getString("recipient"), Channel.valueOf(rs.getString("channel")),
            DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs.getObject("next_attempt_at", OffsetDateTime.class)), rs.getString("last_error"),
            instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("sent_at", OffsetDateTime.class)));

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
