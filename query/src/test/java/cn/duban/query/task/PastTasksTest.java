package cn.duban.query.task;

import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.ProgressReported;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskStatus;
import cn.duban.api.WorkPlanPublished;
import cn.duban.query.PagedList;
import cn.duban.query.Paging;
import cn.duban.query.TaskEvents;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tasks of a plan as they stood at a moment, folded from an event store. */
class PastTasksTest {

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final PastTasks past = new PastTasks(store,
            Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void history() {
        TaskEvents linze = new TaskEvents("t1");
        TaskEvents sanduo = new TaskEvents("t2");
        TaskEvents otherPlan = new TaskEvents("t3");
        store.appendEvents(
                linze.at("2026-03-02T01:00:00Z", TaskEvents.issued("t1", "wp-2018", "linze", 3, "1")),
                sanduo.at("2026-03-02T01:00:00Z", TaskEvents.issued("t2", "wp-2018", "sanduo", 3, "1")),
                otherPlan.at("2026-03-02T01:00:00Z", TaskEvents.issued("t3", "wp-2019", "linze", 3, "1")),
                new GenericDomainEventMessage<>("WorkPlan", "wp-2018", 1, new WorkPlanPublished("wp-2018")),
                linze.at("2026-03-03T01:00:00Z", new TaskAcknowledged("t1")),
                linze.at("2026-03-04T01:00:00Z", new ProgressReported("t1",
                        Map.of("love_stations", BigDecimal.valueOf(2)), "", List.of())),
                linze.at("2026-03-05T01:00:00Z", new GapsReviewed("t1", List.of(new Gap("love_stations",
                        BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.ONE)), new BigDecimal("0.5"), 0)),
                linze.at("2026-03-06T01:00:00Z", new GapsRectified("t1",
                        Map.of("love_stations", BigDecimal.valueOf(3)), "", List.of())));
    }

    @Test
    void before_the_rectification_the_gap_is_open_and_after_it_is_answered() {
        TaskProgress before = only(past.ofPlan("wp-2018", "linze", Instant.parse("2026-03-06T00:59:59Z")));
        TaskProgress after = only(past.ofPlan("wp-2018", "linze", Instant.parse("2026-03-06T01:00:00Z")));

        assertThat(before.status()).isEqualTo(TaskStatus.RECTIFYING);
        assertThat(before.openGaps()).isEqualTo(1);
        assertThat(before.reported()).containsEntry("love_stations", BigDecimal.valueOf(2));
        assertThat(after.status()).isEqualTo(TaskStatus.REPORTING);
        assertThat(after.openGaps()).isZero();
        assertThat(after.reported()).containsEntry("love_stations", BigDecimal.valueOf(3));
    }

    @Test
    void only_the_plans_tasks_issued_by_then_count() {
        assertThat(past.ofPlan("wp-2018", null, Instant.parse("2026-03-02T01:00:00Z")))
                .extracting(TaskProgress::taskId).containsExactlyInAnyOrder("t1", "t2");
        assertThat(past.ofPlan("wp-2018", null, Instant.parse("2026-03-02T00:59:59Z"))).isEmpty();
    }

    @Test
    void the_task_list_as_of_a_moment_filters_the_tasks_as_they_stood_then() {
        var queries = new TaskQueries(null, past, null, TaskNumbersTest.none(),
                Clock.system(ZoneId.of("Asia/Shanghai")));

        assertThat(queries.find(TaskFilter.of("linze", TaskStatus.RECTIFYING, null),
                Instant.parse("2026-03-06T00:00:00Z"))).extracting(TaskSummary::id).containsExactly("t1");
        assertThat(queries.find(TaskFilter.of("linze", TaskStatus.RECTIFYING, null),
                Instant.parse("2026-03-07T00:00:00Z"))).isEmpty();
        assertThat(queries.find(TaskFilter.of(null, null, "list-1"), Instant.parse("2026-03-07T00:00:00Z")))
                .extracting(TaskSummary::id).as("by deadline, organization, item, id").containsExactly("t1", "t3", "t2");
        assertThat(queries.find(TaskFilter.of(null, null, "list-1"), Instant.parse("2026-03-07T00:00:00Z"),
                new Paging(1, 2))).as("the second page of two").isEqualTo(new PagedList<>(
                List.of(queries.find(TaskFilter.of(null, null, "list-1"), Instant.parse("2026-03-07T00:00:00Z"))
                        .get(2)), 3));
    }

    private static TaskProgress only(List<TaskProgress> tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
