package cn.duban.query.ledger;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A processor's committed tokens, read from {@code token_entry} without claiming them (Axon's
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

    public SegmentTokens of(String processorName) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?", rs -> {
            byte[] token = rs.getBytes("token");
            tokens.put(rs.getInt("segment"), token == null ? null : serializer.<byte[], TrackingToken>deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, rs.getString("token_type"), null)));
        }, processorName);
        return SegmentTokens.of(tokens);
    }

    /** The segments of the processor that no node holds (a released claim has no owner). */
    public List<Integer> unclaimed(String processorName) {
        return jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? AND owner IS NULL",
                Integer.class, processorName);
    }

    /** How many segments of the processor another node than the given one holds. */
    public int heldByOthers(String processorName, String node) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ? "
                + "AND owner IS NOT NULL AND owner <> ?", Integer.class, processorName, node);
        return count == null ? 0 : count;
    }
}
