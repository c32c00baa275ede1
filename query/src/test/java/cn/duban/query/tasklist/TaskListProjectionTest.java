package cn.duban.query.tasklist;

import cn.duban.query.QueryDatabase;
import cn.duban.api.IssuedTask;
import cn.duban.api.TaskListDrafted;
import cn.duban.api.TaskListIssued;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The handlers called directly on an in-memory H2 with the query module's migrations. */
class TaskListProjectionTest {

    private static final LocalDate DUE = LocalDate.of(2018, 12, 31);

    private JdbcTemplate jdbc;
    private TaskListProjection projection;

    @BeforeEach
    void database() {
        jdbc = QueryDatabase.migrated();
        projection = new TaskListProjection(jdbc, new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @Test
    void issuing_numbers_the_tasks_in_the_order_of_the_lists_assignments_and_a_reset_forgets_them() throws Exception {
        projection.on(new TaskListDrafted("l1", "wp", "市委督办〔2018〕3号", "工会工作", DUE, List.of()));
        projection.on(new TaskListIssued("l1", List.of(new IssuedTask("b", "1", "linze", DUE),
                new IssuedTask("a", "1", "sanduo", DUE), new IssuedTask("c", "2", "linze", DUE)), null));

        assertThat(jdbc.queryForList("SELECT task_id, position FROM task_number WHERE task_list_id = 'l1' "
                + "ORDER BY position")).containsExactly(Map.of("TASK_ID", "b", "POSITION", 1),
                Map.of("TASK_ID", "a", "POSITION", 2), Map.of("TASK_ID", "c", "POSITION", 3));
        assertThat(jdbc.queryForObject("SELECT status FROM task_list WHERE id = 'l1'", String.class))
                .isEqualTo(TaskListProjection.ISSUED);

        projection.reset();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_number", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_list", Integer.class)).isZero();
    }
}
