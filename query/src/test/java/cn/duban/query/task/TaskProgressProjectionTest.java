package cn.duban.query.task;

import cn.duban.query.QueryDatabase;
import cn.duban.api.EvidenceAttached;
import cn.duban.api.EvidenceFile;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.Rating;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskWithdrawn;
import cn.duban.query.PagedList;
import cn.duban.query.Paging;
import cn.duban.query.TaskEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The handlers called directly on an in-memory H2 with the query module's migrations. */
class TaskProgressProjectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private JdbcTemplate jdbc;
    private TaskProgressTable table;
    private TaskProgressProjection projection;
    private TaskQueries queries;
    private final List<DomainEventMessage<?>> handled = new ArrayList<>();

    @BeforeEach
    void database() {
        jdbc = QueryDatabase.migrated();
        table = new TaskProgressTable(jdbc, new ObjectMapper());
        projection = new TaskProgressProjection(table, CLOCK);
        queries = new TaskQueries(table, null, null, new TaskNumbers(jdbc), CLOCK);
    }

    @Test
    void each_event_updates_the_tasks_row_exactly_as_folding_its_stream_does() {
        TaskEvents t1 = new TaskEvents("t1");
        TaskIssued issued = TaskEvents.issued("t1", "wp-2018", "linze", 3, "1.5");
        projection.on(issued, handle(t1.at("2026-03-02T01:00:00Z", issued)));
        projection.on(new TaskAcknowledged("t1"), handle(t1.at("2026-03-03T01:00:00Z", new TaskAcknowledged("t1"))));
        var report = new ProgressReported("t1", Map.of("love_stations", BigDecimal.valueOf(2)), "", List.of());
        projection.on(report, handle(t1.at("2026-03-04T01:00:00Z", report)));
        var review = new GapsReviewed("t1", List.of(new Gap("love_stations", BigDecimal.valueOf(3),
                BigDecimal.valueOf(2), BigDecimal.ONE), new Gap("station_measures", BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ONE)), new BigDecimal("0.5"), 0);
        projection.on(review, handle(t1.at("2026-03-05T01:00:00Z", review)));

        TaskProgress row = table.byId("t1").orElseThrow();
        assertThat(row).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(TaskProgress.fold(handled, CLOCK.getZone()).orElseThrow());
        assertThat(row.status()).isEqualTo(TaskStatus.RECTIFYING);
        assertThat(row.openGaps()).isEqualTo(2);

        var rectification = new GapsRectified("t1", Map.of("love_stations", BigDecimal.valueOf(3)), "", List.of());
        projection.on(rectification, handle(t1.at("2026-03-06T01:00:00Z", rectification)));
        assertThat(table.byId("t1").orElseThrow().reported()).containsEntry("love_stations", BigDecimal.valueOf(3));
        assertThat(table.byId("t1").orElseThrow().openGaps()).isZero();

        // every column update() writes: the deadline, the gaps, the score and the status
        var extension = new ExtensionGranted("t1", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), "同意");
        projection.on(extension, handle(t1.at("2026-03-07T01:00:00Z", extension)));
        var noGaps = new GapsReviewed("t1", List.of(), BigDecimal.ONE, 0);
        projection.on(noGaps, handle(t1.at("2026-03-08T01:00:00Z", noGaps)));
        var assessed = new TaskAssessed("t1", 88, Rating.GOOD, new BigDecimal("1.5"), "整改到位");
        projection.on(assessed, handle(t1.at("2026-03-09T01:00:00Z", assessed)));
        projection.on(new TaskClosed("t1"), handle(t1.at("2026-03-09T01:00:01Z", new TaskClosed("t1"))));

        TaskProgress closed = table.byId("t1").orElseThrow();
        assertThat(closed).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(TaskProgress.fold(handled, CLOCK.getZone()).orElseThrow());
        assertThat(closed.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(closed.score()).isEqualTo(88);
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
    }

    @Test
    void attached_evidence_is_kept_in_the_row_and_shown_in_the_details() {
        TaskEvents t1 = new TaskEvents("t1");
        TaskIssued issued = TaskEvents.issued("t1", "wp-2018", "linze", 3, "1");
        projection.on(issued, handle(t1.at("2026-03-02T01:00:00Z", issued)));
        EvidenceFile photo = new EvidenceFile("0b6f1f0e-6c4e-4d8e-9f4a-3f1c2a7d9e10", "驿站照片.jpg", "image/jpeg",
                2048, "SHA-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        var attached = new EvidenceAttached("t1", photo);
        projection.on(attached, handle(t1.at("2026-03-03T01:00:00Z", attached)));

        TaskProgress row = table.byId("t1").orElseThrow();
        assertThat(row.evidence()).containsExactly(photo);
        assertThat(row).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(TaskProgress.fold(handled, CLOCK.getZone()).orElseThrow());
        assertThat(row.details(LocalDate.of(2026, 3, 10)).evidence()).containsExactly(photo);
    }

    @Test
    void the_task_filters_and_a_plans_tasks_read_the_table() {
        issue("t1", "wp-2018", "linze");
        issue("t2", "wp-2018", "sanduo");
        issue("t3", "wp-2019", "linze");
        projection.on(new TaskWithdrawn("t2", "重复"), new TaskEvents("t2").at("2026-03-03T00:00:00Z",
                new TaskWithdrawn("t2", "重复")));

        assertThat(queries.find("linze", null, null)).extracting(TaskSummary::id).containsExactly("t1", "t3");
        assertThat(queries.find(null, TaskStatus.WITHDRAWN, null)).extracting(TaskSummary::id).containsExactly("t2");
        assertThat(queries.find(new TaskFilter(null, null, null, null, null, null, null), null, new Paging(0, 2)))
                .as("a page in list order, with the length of the whole")
                .satisfies(page -> assertThat(page.total()).isEqualTo(3))
                .extracting(PagedList::items).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2);
        assertThat(queries.find(new TaskFilter(null, null, null, null, null, null, null), null, new Paging(1, 2)).items())
                .hasSize(1);
        assertThat(queries.find(new TaskFilter("linze", null, null, null, null, null, true), null)).as("none overdue yet")
                .isEmpty();
        assertThat(queries.find(new TaskFilter(null, null, null, null, null, null, false), null, new Paging(0, 10))
                .total()).as("the judged filter counts what it admits").isEqualTo(3);
        assertThat(queries.ofPlan("wp-2018", null, null)).extracting(TaskProgress::taskId)
                .containsExactlyInAnyOrder("t1", "t2");
        assertThat(queries.ofPlan("wp-2018", "linze", null)).extracting(TaskProgress::taskId).containsExactly("t1");
    }

    @Test
    void a_reset_empties_the_table_it_names() {
        issue("t1", "wp-2018", "linze");

        projection.reset();

        assertThat(projection.tables()).containsExactly("task_progress");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_progress", Integer.class)).isZero();
    }

    private void issue(String taskId, String workPlanId, String organization) {
        TaskIssued issued = TaskEvents.issued(taskId, workPlanId, organization, 3, "1");
        projection.on(issued, new TaskEvents(taskId).at("2026-03-02T01:00:00Z", issued));
    }

    private DomainEventMessage<?> handle(DomainEventMessage<?> event) {
        handled.add(event);
        return event;
    }
}
