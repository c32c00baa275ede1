package cn.duban.query.rebuild;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's contents in canonical form: every row as strings, rows ordered by all columns, hashed. Two snapshots are
 * equal exactly when the table holds the same rows, whatever order the database returns them in.
 */
final class TableSnapshot {

    private static final Comparator<List<String>> BY_ALL_COLUMNS = (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    };

    private TableSnapshot() {
    }

    static String digest(String table, List<List<String>> rows) {
        List<List<String>> ordered = new ArrayList<>(rows);
        ordered.sort(BY_ALL_COLUMNS);
        MessageDigest sha = sha256();
        update(sha, table);
        for (List<String> row : ordered) {
            update(sha, "row" + row.size());
            row.forEach(value -> update(sha, value));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ, and null differs from the text "null". */
    private static void update(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
