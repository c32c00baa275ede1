package cn.duban.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a list's filters, built from the ones asked for: each filter left out (null) adds nothing,
 * since PostgreSQL cannot type a bare {@code ? IS NULL}. The filters of every list are written this one way.
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();

    /** {@code column = value}, when a value is given. */
    public Where equal(String column, Object value) {
        return when(column + " = ?", value);
    }

    /** The condition, with one {@code ?} for the value, when a value is given. */
    public Where when(String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
        return this;
    }

    /**
     * Any of the conditions (each with one {@code ?}, such as {@code name LIKE ?}) holds for the text as typed,
     * searched anywhere and with its LIKE wildcards dropped, when a text is given.
     */
    public Where holds(String text, String... conditions) {
        if (text != null && !text.isBlank()) {
            String needle = "%" + text.strip().replace("%", "").replace("_", "") + "%";
            sql.append(" AND (").append(String.join(" OR ", conditions)).append(")");
            for (int i = 0; i < conditions.length; i++) {
                args.add(needle);
            }
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    /** The filters' arguments, followed by those of what the statement says after the clause (a LIMIT, say). */
    public Object[] args(Object... after) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
