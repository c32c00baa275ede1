package cn.duban.ui.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.context.TestComponent;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The read side as a test must see it before it counts rows: every streaming processor past the last event the store
 * held when asked. Waiting for one expected row instead misses the rows of other projections that land later.
 */
@TestComponent
public class ReadSide {

    private final EventProcessingConfiguration processing;
    private final EventStore store;

    ReadSide(EventProcessingConfiguration processing, EventStore store) {
        this.processing = processing;
        this.store = store;
    }

    /** Returns once every running streaming processor has handled the events stored before this call. */
    public void caughtUp() {
        long head = store.createHeadToken().position().orElse(-1);
        await().atMost(Duration.ofSeconds(30)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .allMatch(processor -> processor.processingStatus().values().stream()
                        .allMatch(status -> reached(status, head))));
    }

    private static boolean reached(EventTrackerStatus status, long head) {
        return !status.isErrorState() && status.getCurrentPosition().orElse(-1) >= head;
    }
}
