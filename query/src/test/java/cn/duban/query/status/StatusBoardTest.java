package cn.duban.query.status;

import cn.duban.api.Light;
import cn.duban.api.TaskStatus;
import cn.duban.query.ATask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StatusBoardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Map<String, String> NAMES = Map.of("linze", "临泽镇", "sanduo", "三垛镇");

    @Test
    void a_row_counts_tasks_closed_overdue_and_open_gaps_and_averages_capped_completion() {
        List<OrganizationStatus> rows = StatusBoard.organizations(List.of(
                // 12 of 10 counts 1, not 1.2
                ATask.of("t1", "linze").count("love_stations", 10).reported("love_stations", 12)
                        .score(90, "2").build(),
                ATask.of("t2", "linze").count("love_stations", 4).reported("love_stations", 1)
                        .status(TaskStatus.RECTIFYING).gap("love_stations").gap("station_measures").build(),
                ATask.of("t3", "linze").count("new_unions", 8).reported("new_unions", 2)
                        .due(LocalDate.of(2026, 6, 14)).build(),
                ATask.of("t4", "linze").count("new_unions", 8).status(TaskStatus.WITHDRAWN)
                        .due(LocalDate.of(2026, 6, 1)).build()), NAMES::get, DAY);

        assertThat(rows).containsExactly(new OrganizationStatus("linze", "临泽镇", 3, 1, 1, 2,
                // (1 + 0.25 + 0.25) / 3
                new BigDecimal("0.5000"), new BigDecimal("90.00"), Light.RED));
    }

    @Test
    void the_light_is_the_worst_of_the_organizations_tasks_on_that_day() {
        List<OrganizationStatus> rows = StatusBoard.organizations(List.of(
                ATask.of("t1", "sanduo").count("love_stations", 10).reported("love_stations", 10).build(),
                ATask.of("t2", "sanduo").count("love_stations", 10).reported("love_stations", 2).build(),
                ATask.of("t3", "linze").count("love_stations", 10).reported("love_stations", 10)
                        .due(LocalDate.of(2026, 6, 17)).build()), NAMES::get, DAY);

        assertThat(rows).extracting(OrganizationStatus::organization, OrganizationStatus::light)
                .containsExactly(tuple("linze", Light.BLUE),
                        tuple("sanduo", Light.YELLOW));
        assertThat(rows.get(1).score()).as("nothing assessed yet").isNull();
    }

    @Test
    void an_organization_with_only_withdrawn_tasks_has_no_row() {
        assertThat(StatusBoard.organizations(List.of(ATask.of("t1", "linze").status(TaskStatus.WITHDRAWN).build()),
                NAMES::get, DAY)).isEmpty();
    }
}
