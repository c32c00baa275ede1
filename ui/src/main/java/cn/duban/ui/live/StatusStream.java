package cn.duban.ui.live;

import cn.duban.api.Actor;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The open status streams of this node, and the fan-out of task changes to them ({@link StatusRelay} brings the
 * changes, from every node). One sender thread writes to the streams, so a slow client never holds up a projection,
 * and every stream gets changes in the same order. A stream that fails, completes or times out is dropped.
 */
@Component
class StatusStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(StatusStream.class);

    private record Subscriber(SseEmitter emitter, Actor actor) {

        boolean sees(String organization) {
            return actor.readsEveryOrganization() || actor.actsFor(organization);
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = daemon("status-stream");

    SseEmitter subscribe(Actor actor) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, actor);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        try {
            // headers reach the client only with the first bytes: open the stream at once, not at the first change
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            subscribers.remove(subscriber);
            emitter.completeWithError(e);
        }
        return emitter;
    }

    int size() {
        return subscribers.size();
    }

    /** Writes the change to every stream allowed to see it, on the one sender thread, in the order given. */
    void deliver(TaskChange change) {
        if (!subscribers.isEmpty()) {
            sender.execute(() -> send(change));
        }
    }

    private void send(TaskChange change) {
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.sees(change.organization())) {
                continue;
            }
            try {
                subscriber.emitter().send(SseEmitter.event().name("task-changed").id(Long.toString(change.position()))
                        .data(change, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                LOG.debug("dropping a status stream that could not be written: {}", e.getMessage());
                subscribers.remove(subscriber);
                subscriber.emitter().completeWithError(e);
            }
        }
    }

    /**
     * Ends the open streams as soon as the application starts to close: a graceful shutdown waits for open requests,
     * and a board's stream stays open for as long as the board does. The boards reconnect, to another node if one runs.
     */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    /** One daemon thread of that name: the streams' and the relay's work must never keep the JVM alive. */
    static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        sender.shutdownNow();
        closing();
    }
}
