package cn.duban.audit;

import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The application's table of signed checkpoints ({@code audit_checkpoint}). */
public final class CheckpointStore {

    private static final String COLUMNS = "id, chain_position, chain_hash, hash_algorithm, signed_at, "
            + "signature_algorithm, key_id, signature";

    private CheckpointStore() {
    }

    /** A checkpoint, and whether this signing made it (false: the head had not moved since the newest one). */
    public record Signing(Checkpoint checkpoint, boolean created) {
    }

    /**
     * Signs the chain's head as committed now and stores the checkpoint; answers the newest one instead when the
     * head has not moved since, and nothing while the chain is empty.
     */
    public static Optional<Signing> signHead(Connection connection, SignatureAlgorithm algorithm, PrivateKey key,
                                                String keyId, Instant now) throws SQLException {
        long position;
        byte[] hash;
        String hashAlgorithm;
        try (PreparedStatement head = connection.prepareStatement("SELECT h.chain_position, h.chain_hash, "
                + "c.algorithm FROM event_chain_head h JOIN event_chain c ON c.chain_position = h.chain_position");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            position = row.getLong(1);
            hash = row.getBytes(2);
            hashAlgorithm = row.getString(3);
        }
        Optional<Checkpoint> newest = newest(connection);
        if (newest.isPresent() && newest.get().position() == position) {
            return Optional.of(new Signing(newest.get(), false));
        }
        Checkpoint signed = Checkpoint.sign(position, hash, HashAlgorithm.named(hashAlgorithm), now, algorithm, key,
                keyId);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_checkpoint (chain_position, "
                + "chain_hash, hash_algorithm, signed_at, signature_algorithm, key_id, signature) VALUES (?, ?, ?, ?, "
                + "?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, position);
            insert.setBytes(2, hash);
            insert.setString(3, signed.hashAlgorithm());
            insert.setString(4, signed.signedAt().toString());
            insert.setString(5, signed.signatureAlgorithm());
            insert.setString(6, keyId);
            insert.setBytes(7, java.util.Base64.getDecoder().decode(signed.signature()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Optional.of(new Signing(signed.withId(keys.getLong(1)), true));
            }
        }
    }

    /** Every checkpoint, newest first. */
    public static List<Checkpoint> all(Connection connection) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY id DESC", null);
    }

    public static Optional<Checkpoint> find(Connection connection, long id) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM audit_checkpoint WHERE id = ?", id).stream()
                .findFirst();
    }

    private static Optional<Checkpoint> newest(Connection connection) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY id DESC FETCH FIRST 1 ROWS "
                + "ONLY", null).stream().findFirst();
    }

    /** A time that is no instant (the row was changed) reads as the epoch, so the signature does not verify. */
    private static Instant signedAt(String stored) {
        try {
            return Instant.parse(stored);
        } catch (java.time.DateTimeException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }

    private static List<Checkpoint> query(Connection connection, String sql, Long id) throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong(1), rows.getLong(2),
                            HexFormat.of().formatHex(rows.getBytes(3)), rows.getString(4),
                            signedAt(rows.getString(5)), rows.getString(6), rows.getString(7),
                            java.util.Base64.getEncoder().encodeToString(rows.getBytes(8))));
                }
            }
        }
        return checkpoints;
    }
}
