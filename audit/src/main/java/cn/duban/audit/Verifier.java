package cn.duban.audit;

import cn.duban.audit.Fault.Kind;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the stored events against their chain and the chain against signed checkpoints, on a read-only connection
 * in one snapshot. It trusts nothing in the database: every link is recomputed from the stored bytes, and only
 * checkpoints whose signature verifies with the auditor's public key count.
 */
public final class Verifier {

    /** Faults listed in full; the rest are counted. */
    public static final int MAX_FAULTS = 100;

    private static final int PAGE = 5000;

    private static final String CHAIN = "c.chain_position, c.global_index, c.aggregate_identifier, "
            + "c.sequence_number, c.algorithm, c.stream_hash, c.chain_hash";
    private static final String EVENT = Arrays.stream(StoredEvent.COLUMNS.split(", ")).map(c -> "e." + c)
            .reduce((a, b) -> a + ", " + b).orElseThrow();
    private static final int EVENT_FIRST = 8;
    private static final String UNCHAINED = "SELECT e.global_index, e.aggregate_identifier, e.sequence_number FROM "
            + "domain_event_entry e WHERE NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.global_index = "
            + "e.global_index)";

    private final List<Checkpoint> checkpoints;
    private final PublicKey key;

    /** With the checkpoints to compare (from the auditor's files, or the application's table) and the public key. */
    public Verifier(List<Checkpoint> checkpoints, PublicKey key) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::position)).toList();
        this.key = key;
    }

    /** Every event, every stream, every checkpoint. */
    public Verification verifyStore(Connection connection) throws SQLException {
        return ReadOnlySnapshot.run(connection, () -> {
            long started = System.nanoTime();
            Findings findings = new Findings();
            TreeMap<Long, Checkpoint> signed = signedCheckpoints(findings);
            Map<String, Stream> streams = new HashMap<>();
            long expected = 1;
            byte[] previous = Links.GENESIS;
            long goodUpTo = 0;
            String sql = "SELECT " + CHAIN + ", " + EVENT + " FROM event_chain c LEFT JOIN domain_event_entry e ON "
                    + "e.global_index = c.global_index WHERE c.chain_position > ? ORDER BY c.chain_position "
                    + "FETCH FIRST " + PAGE + " ROWS ONLY";
            long after = 0;
            boolean more = true;
            while (more) {
                more = false;
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setLong(1, after);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            more = true;
                            Row row = Row.read(rows);
                            after = row.position;
                            if (row.position != expected) {
                                findings.add(Kind.CHAIN_BROKEN, null, null, null, ("链记录缺失：位置 %d 至 %d "
                                        + "(chain records %d to %d are missing)").formatted(expected,
                                        row.position - 1, expected, row.position - 1));
                                previous = null;
                            }
                            check(row, previous, streams, findings);
                            previous = row.chainHash;
                            expected = row.position + 1;
                            Checkpoint checkpoint = signed.get(row.position);
                            if (checkpoint != null) {
                                if (row.algorithm != null
                                        && matches(checkpoint, row.chainHash, row.algorithm.standardName())) {
                                    goodUpTo = row.position;
                                } else {
                                    findings.rewritten(checkpoint, goodUpTo);
                                }
                            }
                        }
                    }
                }
            }
            long chainLength = expected - 1;
            tail(connection, chainLength, findings);
            signed.tailMap(chainLength, false).values().forEach(checkpoint -> findings.add(Kind.MISSING, null, null,
                    null, ("检查点 #%d 签署了位置 %d，而链只到 %d：末尾的事件被删除 (checkpoint #%d signed position "
                            + "%d but the chain ends at %d: events were removed from the end)").formatted(
                            checkpoint.id(), checkpoint.position(), chainLength, checkpoint.id(),
                            checkpoint.position(), chainLength)));
            unchained(connection, UNCHAINED + " ORDER BY e.global_index", null, findings);
            Checkpoint last = signed.isEmpty() ? null : signed.lastEntry().getValue();
            return findings.result("store", null, streams.size(), signed.size(), started, last,
                    last == null ? chainLength : Math.max(0, chainLength - last.position()));
        });
    }

    /**
     * One stream: its events against their chain records, each record's link to the record before it, the stream's
     * own links, and every signed checkpoint against the chain record it names. The links between other streams'
     * records are left to {@link #verifyStore}.
     */
    public Verification verifyStream(Connection connection, String aggregate) throws SQLException {
        return ReadOnlySnapshot.run(connection, () -> {
            long started = System.nanoTime();
            Findings findings = new Findings();
            TreeMap<Long, Checkpoint> signed = signedCheckpoints(findings);
            Map<String, Stream> streams = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + CHAIN + ", " + EVENT
                    + ", p.chain_hash FROM event_chain c LEFT JOIN domain_event_entry e ON e.global_index = "
                    + "c.global_index LEFT JOIN event_chain p ON p.chain_position = c.chain_position - 1 WHERE "
                    + "c.aggregate_identifier = ? ORDER BY c.sequence_number")) {
                select.setString(1, aggregate);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Row row = Row.read(rows);
                        byte[] previous = row.position == 1 ? Links.GENESIS : rows.getBytes(EVENT_FIRST + 10);
                        if (previous == null) {
                            findings.add(Kind.CHAIN_BROKEN, row.globalIndex, row.aggregate, row.sequence,
                                    "前一条链记录缺失 (the chain record before position %d is missing)"
                                            .formatted(row.position));
                        }
                        check(row, previous, streams, findings);
                    }
                }
            }
            unchained(connection, UNCHAINED + " AND e.aggregate_identifier = ? ORDER BY e.global_index", aggregate,
                    findings);
            long chainLength;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT MAX(chain_position), COUNT(*) FROM event_chain");
                 ResultSet row = head.executeQuery()) {
                row.next();
                chainLength = row.getLong(1);
                if (row.getLong(2) != chainLength) {
                    // this stream's own records link up, but records are gone elsewhere, perhaps its last events
                    findings.add(Kind.CHAIN_BROKEN, null, null, null, ("链中缺少 %d 条记录，请核验全部历史 (%d chain "
                            + "records are missing; verify the whole store)").formatted(chainLength - row.getLong(2),
                            chainLength - row.getLong(2)));
                }
            }
            tail(connection, chainLength, findings);
            for (Checkpoint checkpoint : signed.values()) {
                try (PreparedStatement at = connection.prepareStatement(
                        "SELECT chain_hash, algorithm FROM event_chain WHERE chain_position = ?")) {
                    at.setLong(1, checkpoint.position());
                    try (ResultSet row = at.executeQuery()) {
                        if (!row.next()) {
                            findings.add(Kind.MISSING, null, null, null, ("检查点 #%d 签署的位置 %d 已无链记录 "
                                    + "(the chain record checkpoint #%d signed is gone)").formatted(checkpoint.id(),
                                    checkpoint.position(), checkpoint.id()));
                        } else if (!matches(checkpoint, row.getBytes(1), row.getString(2))) {
                            findings.rewritten(checkpoint, null);
                        }
                    }
                }
            }
            Checkpoint last = signed.isEmpty() ? null : signed.lastEntry().getValue();
            return findings.result("task", aggregate, streams.size(), signed.size(), started, last,
                    last == null ? chainLength : Math.max(0, chainLength - last.position()));
        });
    }

    /** One chain record and its event: present, in place, unchanged, and linked in its chain and in its stream. */
    private static void check(Row row, byte[] previousChain, Map<String, Stream> streams, Findings findings) {
        Stream stream = streams.get(row.aggregate);
        long expectedSequence = stream == null ? 0 : stream.sequence + 1;
        byte[] previousStream = stream == null ? Links.GENESIS : stream.hash;
        streams.put(row.aggregate, new Stream(row.sequence, row.streamHash));
        if (row.sequence != expectedSequence) {
            findings.add(Kind.CHAIN_BROKEN, row.globalIndex, row.aggregate, row.sequence, ("流 %s 的序号从 %d 跳到 %d："
                    + "中间的事件连同链记录被删除 (stream %s jumps from %d to %d: events and their chain records were "
                    + "removed)").formatted(row.aggregate, expectedSequence - 1, row.sequence, row.aggregate,
                    expectedSequence - 1, row.sequence));
            previousStream = null;
        }
        if (row.event == null) {
            findings.add(Kind.MISSING, row.globalIndex, row.aggregate, row.sequence, ("链记录 %d 所记的事件已不在库中 "
                    + "(the event chain record %d names is no longer stored)").formatted(row.position, row.position));
            return;
        }
        findings.checked++;
        if (row.algorithm == null) {
            findings.add(Kind.CHANGED, row.globalIndex, row.aggregate, row.sequence, ("链记录 %d 所用算法不明：链记录被修改 "
                    + "(chain record %d names no known algorithm: it was changed)").formatted(row.position,
                    row.position));
            return;
        }
        if (!row.event.aggregateIdentifier().equals(row.aggregate) || row.event.sequenceNumber() != row.sequence) {
            findings.add(Kind.REORDERED, row.globalIndex, row.event.aggregateIdentifier(),
                    row.event.sequenceNumber(), ("位置 %d 上是 %s #%d，链记录的却是 %s #%d：事件被挪动 (position %d "
                            + "holds %s #%d, the chain recorded %s #%d there: events were moved)").formatted(
                            row.globalIndex, row.event.aggregateIdentifier(), row.event.sequenceNumber(),
                            row.aggregate, row.sequence, row.globalIndex, row.event.aggregateIdentifier(),
                            row.event.sequenceNumber(), row.aggregate, row.sequence));
            return;
        }
        byte[] eventHash = row.event.hash(row.algorithm);
        if (previousChain != null
                && !Arrays.equals(Links.chain(row.algorithm, row.position, previousChain, eventHash), row.chainHash)) {
            findings.add(Kind.CHANGED, row.globalIndex, row.aggregate, row.sequence, ("事件 %s #%d（位置 %d）的存储内容"
                    + "与其链记录不符：事件或链记录被修改 (the stored bytes of %s #%d at position %d do not match its "
                    + "chain record)").formatted(row.aggregate, row.sequence, row.globalIndex, row.aggregate,
                    row.sequence, row.globalIndex));
        } else if (previousStream != null
                && !Arrays.equals(Links.stream(row.algorithm, previousStream, eventHash), row.streamHash)) {
            findings.add(Kind.CHAIN_BROKEN, row.globalIndex, row.aggregate, row.sequence, ("事件 %s #%d 的流链接不符 "
                    + "(the stream link of %s #%d does not match)").formatted(row.aggregate, row.sequence,
                    row.aggregate, row.sequence));
        }
    }

    /** The chain record at the checkpoint's position ends in what was signed, with the algorithm signed. */
    private static boolean matches(Checkpoint checkpoint, byte[] chainHash, String algorithm) {
        return checkpoint.hashAlgorithm().equals(algorithm) && Arrays.equals(checkpoint.chainHashBytes(), chainHash);
    }

    /** The checkpoints that verify with the key, by position; the others are faults. */
    private TreeMap<Long, Checkpoint> signedCheckpoints(Findings findings) {
        TreeMap<Long, Checkpoint> signed = new TreeMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.signedBy(key)) {
                signed.put(checkpoint.position(), checkpoint);
            } else {
                findings.signatures.add(new Fault(Kind.BAD_SIGNATURE, null, null, null, ("检查点 #%d（位置 %d）的签名"
                        + "无法用公钥验证 (checkpoint #%d at position %d does not verify with the public key)")
                        .formatted(checkpoint.id(), checkpoint.position(), checkpoint.id(), checkpoint.position())));
            }
        }
        return signed;
    }

    /**
     * The head row names the last position written: records past the chain's end were removed from it. Whoever
     * also rewrites the head row is caught only by the next checkpoint.
     */
    private static void tail(Connection connection, long chainLength, Findings findings) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT chain_position FROM event_chain_head WHERE id = 1");
             ResultSet row = head.executeQuery()) {
            if (row.next() && row.getLong(1) > chainLength) {
                findings.add(Kind.MISSING, null, null, null, ("链的头记录到位置 %d，而链只到 %d：末尾的事件被删除 (the "
                        + "chain's head says %d but the chain ends at %d: events were removed from the end)")
                        .formatted(row.getLong(1), chainLength, row.getLong(1), chainLength));
            }
        }
    }

    private static void unchained(Connection connection, String sql, String aggregate, Findings findings)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (aggregate != null) {
                select.setString(1, aggregate);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong(1);
                    String stream = rows.getString(2);
                    long sequence = rows.getLong(3);
                    findings.add(Kind.UNCHAINED, position, stream, sequence, ("位置 %d 的事件 %s #%d 不在链中：它未经"
                            + "写入路径插入 (event %s #%d at position %d is not in the chain: it was inserted around "
                            + "the store's write path)").formatted(position, stream, sequence, stream, sequence,
                            position));
                }
            }
        }
    }

    private record Stream(long sequence, byte[] hash) {
    }

    /** A chain record joined with the event it names ({@code event} null when the store no longer holds it). */
    private record Row(long position, long globalIndex, String aggregate, long sequence, HashAlgorithm algorithm,
                       byte[] streamHash, byte[] chainHash, StoredEvent event) {

        static Row read(ResultSet rows) throws SQLException {
            rows.getLong(EVENT_FIRST);
            StoredEvent event = rows.wasNull() ? null : StoredEvent.read(rows, EVENT_FIRST);
            return new Row(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4),
                    algorithm(rows.getString(5)), rows.getBytes(6), rows.getBytes(7), event);
        }

        /** A name no algorithm has (the record was tampered with) is null, reported by {@code check}. */
        private static HashAlgorithm algorithm(String name) {
            try {
                return HashAlgorithm.named(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The faults found so far, the first {@link #MAX_FAULTS} kept. */
    private static final class Findings {

        private final List<Fault> faults = new ArrayList<>();
        private final List<Fault> signatures = new ArrayList<>();
        private long count;
        private long checked;

        void add(Kind kind, Long position, String aggregate, Long sequence, String message) {
            add(new Fault(kind, position, aggregate, sequence, message));
        }

        private void add(Fault fault) {
            count++;
            if (faults.size() < MAX_FAULTS) {
                faults.add(fault);
            }
        }

        /** The chain links up but does not end where the checkpoint signed: rewritten with recomputed links. */
        void rewritten(Checkpoint checkpoint, Long goodUpTo) {
            String range = goodUpTo == null ? "" : "：位置 %d 至 %d 之间的事件在签署后被改写".formatted(goodUpTo + 1,
                    checkpoint.position());
            String rangeEn = goodUpTo == null ? "" : ": events between chain positions %d and %d were rewritten"
                    .formatted(goodUpTo + 1, checkpoint.position());
            add(Kind.CHECKPOINT_MISMATCH, null, null, null, ("链在位置 %d 处与检查点 #%d（%s 签署）不符%s (the chain "
                    + "at position %d is not what checkpoint #%d signed%s)").formatted(checkpoint.position(),
                    checkpoint.id(), checkpoint.signedAt(), range, checkpoint.position(), checkpoint.id(), rangeEn));
        }

        Verification result(String scope, String taskId, long streams, int checkpoints, long started,
                            Checkpoint last, long afterLast) {
            signatures.forEach(this::add);
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            return new Verification(scope, taskId, count == 0, checked, streams, checkpoints, millis,
                    checked * 1000 / millis,
                    last == null ? null : new Verification.CheckpointRef(last.id(), last.position(),
                            last.signedAt().toString()), afterLast, count, List.copyOf(faults));
        }
    }
}
