package cn.duban.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a projection's tables into one canonical digest ({@link TableSnapshot}). */
@Component
class TableSnapshots {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JdbcTemplate jdbc;

    TableSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String digest(List<String> tables) {
        var digests = new StringBuilder();
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
            List<List<String>> rows = jdbc.query("SELECT * FROM " + table, (rs, row) -> {
                int columns = rs.getMetaData().getColumnCount();
                List<String> values = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    values.add(rs.getString(column));
                }
                return values;
            });
            digests.append(table).append('=').append(TableSnapshot.digest(table, rows)).append(';');
        }
        return digests.toString();
    }
}
