package cn.duban.query.ledger;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * A processor's committed tokens, one per segment, read from {@code token_entry} without claiming them (Axon's
 * {@code TokenStore.fetchToken} would claim): what every node has committed, not one node's memory.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The segments' tokens; a segment that has not handled anything yet has none and is left out. */
    public List<TrackingToken> of(String processorName) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (rs, row) -> {
                    byte[] token = rs.getBytes("token");
                    return token == null ? null : serializer.<byte[], TrackingToken>deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, rs.getString("token_type"), null));
                }, processorName).stream().filter(Objects::nonNull).toList();
    }

    /** The lowest position every segment has reached, -1 before any; all segments see every event in order. */
    public long lowestPosition(String processorName) {
        return Reconciliation.lowest(of(processorName));
    }
}
