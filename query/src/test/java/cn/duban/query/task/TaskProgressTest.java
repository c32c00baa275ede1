package cn.duban.query.task;

import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.Rating;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskUrged;
import cn.duban.query.TaskEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TaskProgressTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Gap ONE_STATION_SHORT = new Gap("love_stations", BigDecimal.valueOf(3), BigDecimal.valueOf(2),
            BigDecimal.ONE);

    private final TaskEvents stream = new TaskEvents("t1");

    @Test
    void the_issuing_day_is_the_day_in_the_application_zone() {
        TaskProgress task = fold(stream.at("2026-03-01T20:00:00Z", TaskEvents.issued("t1", "wp", "linze", 3, "2")));

        assertThat(task.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(task.status()).isEqualTo(TaskStatus.ISSUED);
        assertThat(task.weight()).isEqualByComparingTo("2");
    }

    @Test
    void figures_of_later_reports_overwrite_earlier_ones_indicator_by_indicator() {
        TaskProgress task = fold(stream.at("2026-03-02T01:00:00Z", TaskEvents.issued("t1", "wp", "linze", 3, "1")),
                stream.at("2026-03-03T01:00:00Z", new TaskAcknowledged("t1")),
                stream.at("2026-03-04T01:00:00Z", new ProgressReported("t1", Map.of("love_stations",
                        BigDecimal.ONE, "station_measures", BigDecimal.ONE), "", List.of())),
                stream.at("2026-03-05T01:00:00Z", new ProgressReported("t1", Map.of("love_stations",
                        BigDecimal.valueOf(2)), "", List.of())),
                stream.at("2026-03-06T01:00:00Z", new TaskUrged("t1", "快")));

        assertThat(task.status()).isEqualTo(TaskStatus.REPORTING);
        assertThat(task.reported()).containsExactly(entry("love_stations", BigDecimal.valueOf(2)),
                entry("station_measures", BigDecimal.ONE));
        // (2/3 + 1) / 2
        assertThat(task.completion()).isEqualByComparingTo("0.8334");
    }

    @Test
    void gaps_are_open_until_a_rectification_answers_them() {
        TaskProgress reviewed = fold(stream.at("2026-03-02T01:00:00Z", TaskEvents.issued("t1", "wp", "linze", 3, "1")),
                stream.at("2026-03-03T01:00:00Z", new TaskAcknowledged("t1")),
                stream.at("2026-03-04T01:00:00Z", new ProgressReported("t1", Map.of("love_stations",
                        BigDecimal.valueOf(2), "station_measures", BigDecimal.ONE), "", List.of())),
                stream.at("2026-03-05T01:00:00Z", new GapsReviewed("t1", List.of(ONE_STATION_SHORT), new BigDecimal("0.5"), 0)));
        TaskProgress rectified = TaskProgress.next(reviewed, stream.at("2026-03-06T01:00:00Z",
                new GapsRectified("t1", Map.of("love_stations", BigDecimal.valueOf(3)), "", List.of())), SHANGHAI);

        assertThat(reviewed.status()).isEqualTo(TaskStatus.RECTIFYING);
        assertThat(reviewed.openGaps()).isEqualTo(1);
        assertThat(rectified.status()).isEqualTo(TaskStatus.REPORTING);
        assertThat(rectified.openGaps()).isZero();
        assertThat(rectified.completion()).isEqualByComparingTo("1");
    }

    @Test
    void an_extension_moves_the_deadline_and_an_assessment_closes_with_its_score() {
        TaskProgress task = fold(stream.at("2026-03-02T01:00:00Z", TaskEvents.issued("t1", "wp", "linze", 3, "1")),
                stream.at("2026-03-03T01:00:00Z", new ExtensionGranted("t1", LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 7, 31), "")),
                stream.at("2026-03-04T01:00:00Z", new GapsReviewed("t1", List.of(), BigDecimal.ONE, 0)),
                stream.at("2026-03-05T01:00:00Z", new TaskAssessed("t1", 88, Rating.GOOD, BigDecimal.ONE, "")),
                stream.at("2026-03-05T01:00:00Z", new TaskClosed("t1")));

        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.score()).isEqualTo(88);
        assertThat(task.overdueOn(LocalDate.of(2026, 8, 1))).as("a closed task is never overdue").isFalse();
    }

    @Test
    void a_stream_without_its_issuing_folds_to_nothing() {
        assertThat(TaskProgress.fold(List.of(stream.at("2026-03-03T01:00:00Z", new TaskAcknowledged("t1"))),
                SHANGHAI)).isEmpty();
    }

    private static TaskProgress fold(org.axonframework.eventhandling.EventMessage<?>... events) {
        return TaskProgress.fold(List.of(events), SHANGHAI).orElseThrow();
    }
}
