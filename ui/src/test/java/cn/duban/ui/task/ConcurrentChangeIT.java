package cn.duban.ui.task;

import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskStream;
import cn.duban.ui.support.PostgresIntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concurrent changes of one task: one wins, the other gets 409, and the stream holds exactly one event. */
class ConcurrentChangeIT extends PostgresIntegrationTest {

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void two_simultaneous_acknowledgements_give_one_success_and_one_conflict_and_one_event() throws Exception {
        String task = api.issueTaskList("S2", Map.of("gaoyou_demo_studios", 1), LocalDate.of(2026, 12, 31),
                "zhoushan").get(0);
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> acknowledgeAfter(start, task));
        var second = CompletableFuture.supplyAsync(() -> acknowledgeAfter(start, task));
        start.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        assertThat(api.ok(api.get("office", "/api/tasks/" + task + "/history")).findValuesAsText("type"))
                .containsExactly("TaskIssued", "TaskAcknowledged");
    }

    /**
     * Across nodes no JVM lock serializes the two commands; the event store's unique (aggregate, sequence) key does.
     * Two writers of sequence 1 of the same stream: the second is refused as a concurrency conflict.
     */
    @Test
    void the_event_store_lets_only_one_writer_append_at_a_sequence_number() {
        String task = api.issueTaskList("S2", Map.of("gaoyou_demo_studios", 1), LocalDate.of(2026, 12, 31),
                "lingtang").get(0);
        transaction.executeWithoutResult(status -> storage.appendEvents(acknowledged(task)));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> storage.appendEvents(acknowledged(task))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, task)).isEqualTo(2);
    }

    private int acknowledgeAfter(CountDownLatch start, String task) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return api.post("zhoushan", "/api/tasks/" + task + "/acknowledge", null).getStatusCode().value();
    }

    private static GenericDomainEventMessage<TaskAcknowledged> acknowledged(String task) {
        return new GenericDomainEventMessage<>(TaskStream.TYPE, task, 1, new TaskAcknowledged(task));
    }
}
