package cn.duban.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event table exactly as stored: the bytes an auditor must be able to trust. Its hash covers every
 * column, the global index included, so a changed byte, a moved row or a row given another position all show.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    /** The columns {@link #read} expects, in this order, from {@code domain_event_entry}. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data";

    /** Names this encoding inside every hash, so a later encoding can never collide with this one. */
    private static final byte[] DOMAIN = "duban-event-1".getBytes(StandardCharsets.US_ASCII);

    /** Reads the {@link #COLUMNS} starting at column {@code first}. */
    public static StoredEvent read(ResultSet row, int first) throws SQLException {
        return new StoredEvent(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                row.getLong(first + 3), row.getString(first + 4), row.getString(first + 5),
                row.getString(first + 6), row.getString(first + 7), row.getBytes(first + 8),
                row.getBytes(first + 9));
    }

    /** The digest of every stored column, each length-prefixed so that no two rows encode alike. */
    public byte[] hash(HashAlgorithm algorithm) {
        MessageDigest digest = algorithm.digest();
        digest.update(DOMAIN);
        number(digest, globalIndex);
        text(digest, eventIdentifier);
        text(digest, aggregateIdentifier);
        number(digest, sequenceNumber);
        text(digest, type);
        text(digest, timeStamp);
        text(digest, payloadType);
        text(digest, payloadRevision);
        bytes(digest, payload);
        bytes(digest, metaData);
        return digest.digest();
    }

    private static void number(MessageDigest digest, long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** A null column is length -1, an empty one length 0. */
    private static void bytes(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
