package cn.duban.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends events to the chain on the caller's connection, inside the caller's transaction. The head row is locked
 * first, so concurrent writers append one after the other, in the order they commit; the lock is held only from
 * here to the commit.
 */
public final class ChainWriter {

    /** Ids per {@code IN} list, well below every driver's limit on parameters. */
    private static final int CHUNK = 500;

    private static final String INSERT = "INSERT INTO event_chain (chain_position, global_index, "
            + "aggregate_identifier, sequence_number, algorithm, stream_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final HashAlgorithm algorithm;

    public ChainWriter(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * Chains those of these events that the store holds (in this transaction), in the order of their global index.
     * Answers the highest global index it chained, 0 when none.
     */
    public long append(Connection connection, Collection<String> eventIdentifiers) throws SQLException {
        if (eventIdentifiers.isEmpty()) {
            return 0;
        }
        Head head = lockHead(connection);
        List<String> ids = List.copyOf(eventIdentifiers);
        List<StoredEvent> events = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(StoredEvent.read(rows, 1));
                    }
                }
            }
        }
        // fewer than asked for: a savepoint inside the transaction took some back, and what is not stored is not chained
        events.sort(Comparator.comparingLong(StoredEvent::globalIndex));
        write(connection, head, events, new HashMap<>());
        return events.isEmpty() ? 0 : events.get(events.size() - 1).globalIndex();
    }

    /**
     * Chains every stored event that has no chain record yet, in global order: what a store written before the chain
     * existed gets from its migration. Answers how many it chained.
     */
    public long appendUnchained(Connection connection) throws SQLException {
        Head head = lockHead(connection);
        Map<String, byte[]> streams = new HashMap<>();
        long after = 0;
        long count = 0;
        String sql = "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e WHERE global_index > ? AND NOT "
                + "EXISTS (SELECT 1 FROM event_chain c WHERE c.global_index = e.global_index) ORDER BY global_index "
                + "FETCH FIRST " + CHUNK * 2 + " ROWS ONLY";
        while (true) {
            List<StoredEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(StoredEvent.read(rows, 1));
                    }
                }
            }
            if (events.isEmpty()) {
                return count;
            }
            head = write(connection, head, events, streams);
            after = events.get(events.size() - 1).globalIndex();
            count += events.size();
        }
    }

    private Head write(Connection connection, Head head, List<StoredEvent> events, Map<String, byte[]> streams)
            throws SQLException {
        long position = head.position();
        byte[] chain = head.hash();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent event : events) {
                byte[] eventHash = event.hash(algorithm);
                byte[] previousInStream = streams.containsKey(event.aggregateIdentifier())
                        ? streams.get(event.aggregateIdentifier())
                        : previousInStream(connection, event);
                byte[] stream = Links.stream(algorithm, previousInStream, eventHash);
                chain = Links.chain(algorithm, ++position, chain, eventHash);
                streams.put(event.aggregateIdentifier(), stream);
                insert.setLong(1, position);
                insert.setLong(2, event.globalIndex());
                insert.setString(3, event.aggregateIdentifier());
                insert.setLong(4, event.sequenceNumber());
                insert.setString(5, algorithm.standardName());
                insert.setBytes(6, stream);
                insert.setBytes(7, chain);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE event_chain_head SET chain_position = ?, chain_hash = ? WHERE id = 1")) {
            update.setLong(1, position);
            update.setBytes(2, chain);
            update.executeUpdate();
        }
        return new Head(position, chain);
    }

    /**
     * The stream link of the event before this one in its aggregate. A stream's first event starts from the genesis;
     * so does one whose predecessor has no chain record, which the verifier then reports: refusing the write would
     * let one damaged record stop every later change of that aggregate.
     */
    private static byte[] previousInStream(Connection connection, StoredEvent event) throws SQLException {
        if (event.sequenceNumber() == 0) {
            return Links.GENESIS;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT stream_hash FROM event_chain WHERE "
                + "aggregate_identifier = ? AND sequence_number = ?")) {
            select.setString(1, event.aggregateIdentifier());
            select.setLong(2, event.sequenceNumber() - 1);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : Links.GENESIS;
            }
        }
    }

    private static Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT chain_position, chain_hash FROM event_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("event_chain_head has no row: the chain's migration did not run");
            }
            byte[] hash = row.getBytes(2);
            return new Head(row.getLong(1), hash == null ? Links.GENESIS : hash);
        }
    }

    private record Head(long position, byte[] hash) {
    }
}
