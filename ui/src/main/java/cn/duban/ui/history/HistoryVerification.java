package cn.duban.ui.history;

import cn.duban.audit.Checkpoint;
import cn.duban.audit.Verification;
import cn.duban.audit.Verifier;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The product's own verification: the stored events against their chain and the checkpoints in the application's
 * table and in its checkpoint folder (so deleting rows does not hide a rewrite), checked with the public key of
 * {@link SigningKey}. Auditors who trust neither run the standalone verifier with their own checkpoint files.
 */
@Service
public class HistoryVerification {

    private final DataSource dataSource;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    HistoryVerification(DataSource dataSource, Checkpoints checkpoints, SigningKey key) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** The whole store, or one stream when {@code aggregate} is given. */
    public Verification verify(String aggregate) {
        Map<String, Checkpoint> known = new LinkedHashMap<>();
        Stream.concat(checkpoints.all().stream(), checkpoints.exported().stream())
                .forEach(c -> known.putIfAbsent(c.position() + "/" + c.signature(), c));
        Verifier verifier = new Verifier(List.copyOf(known.values()), key.publicKey());
        // a connection of its own, outside any transaction of the caller: the verifier reads one snapshot
        try (Connection connection = dataSource.getConnection()) {
            return aggregate == null ? verifier.verifyStore(connection) : verifier.verifyStream(connection, aggregate);
        } catch (SQLException e) {
            throw new IllegalStateException("the history could not be read for verification", e);
        }
    }
}
