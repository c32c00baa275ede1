package cn.duban.query.task;

import cn.duban.query.QueryDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's number is its list's number and its place; on an in-memory H2 with the query module's migrations. */
class TaskNumbersTest {

    @Test
    void a_task_is_named_by_its_lists_number_and_its_place_in_the_list() {
        JdbcTemplate jdbc = QueryDatabase.migrated();
        jdbc.update("INSERT INTO task_list (id, work_plan_id, list_number, title, due_date, status, assignments) "
                + "VALUES ('l1', 'wp', '市委督办〔2018〕3号', 't', DATE '2018-12-31', 'ISSUED', '[]')");
        jdbc.update("INSERT INTO task_number (task_id, task_list_id, position) VALUES ('t1', 'l1', 1), ('t2', 'l1', 2)");

        var numbers = new TaskNumbers(jdbc).of(List.of("t1", "t2", "not-numbered"));

        assertThat(numbers).containsOnlyKeys("t1", "t2");
        assertThat(numbers.get("t1").number()).isEqualTo("市委督办〔2018〕3号-1");
        assertThat(numbers.get("t2").number()).isEqualTo("市委督办〔2018〕3号-2");
        assertThat(numbers.get("t2").taskListNumber()).isEqualTo("市委督办〔2018〕3号");
    }

    @Test
    void many_tasks_are_asked_in_parts_and_all_answered() {
        JdbcTemplate jdbc = QueryDatabase.migrated();
        jdbc.update("INSERT INTO task_list (id, work_plan_id, list_number, title, due_date, status, assignments) "
                + "VALUES ('l1', 'wp', '3号', 't', DATE '2018-12-31', 'ISSUED', '[]')");
        List<String> ids = IntStream.rangeClosed(1, 2500).mapToObj(i -> "t" + i).toList();
        jdbc.batchUpdate("INSERT INTO task_number (task_id, task_list_id, position) VALUES (?, 'l1', ?)",
                ids.stream().map(id -> new Object[]{id, Integer.parseInt(id.substring(1))}).toList());

        var numbers = new TaskNumbers(jdbc).of(ids);

        assertThat(numbers).hasSize(2500);
        assertThat(numbers.get("t2500").number()).isEqualTo("3号-2500");
        assertThat(numbers.get("t1001").number()).isEqualTo("3号-1001");
    }

    /** Numbers for a test that has no lists: every task is unnumbered. */
    static TaskNumbers none() {
        return new TaskNumbers(QueryDatabase.migrated());
    }
}
