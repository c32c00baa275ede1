package cn.duban.query.task;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's number as the office writes it: its list's number and its place in the list ({@code 市委督办〔2018〕3号-1}),
 * from {@code task_number}, which the task-lists projection keeps. A task of a list not yet numbered has none.
 */
@Component
public class TaskNumbers {

    private static final String SQL = """
            SELECT n.task_id, l.list_number, n.position
            FROM task_number n JOIN task_list l ON l.id = n.task_list_id
            WHERE n.task_id IN (:ids)""";

    /** Ids per query: a whole list of tasks is asked in parts, well inside any database's limit of parameters. */
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    TaskNumbers(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A task's place in its list, and the list's number. */
    public record TaskNumber(String taskListNumber, int position) {

        /** {@code 市委督办〔2018〕3号-1}. */
        public String number() {
            return TaskNumbers.number(taskListNumber, position);
        }
    }

    /** By task id. */
    public Map<String, TaskNumber> of(Collection<String> taskIds) {
        Map<String, TaskNumber> numbers = new HashMap<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.query(SQL, Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))), rs -> {
                numbers.put(rs.getString("task_id"), new TaskNumber(rs.getString("list_number"), rs.getInt("position")));
            });
        }
        return numbers;
    }

    static String number(String listNumber, int position) {
        return listNumber + "-" + position;
    }
}
