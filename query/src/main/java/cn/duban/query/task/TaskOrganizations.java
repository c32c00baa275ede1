package cn.duban.query.task;

import cn.duban.api.TaskIssued;
import cn.duban.query.history.EventStreams;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organization a task was issued to, from the first event of its own stream (never from a read model that may
 * lag). A task never changes organization, so answers are kept; the cache is dropped whole when it grows large.
 */
@Component
public class TaskOrganizations {

    private static final int MAX_CACHED = 10_000;

    private final EventStreams streams;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    TaskOrganizations(EventStreams streams) {
        this.streams = streams;
    }

    public Optional<String> of(String taskId) {
        String known = cache.get(taskId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> organization = streams.read(taskId, "SupervisionTask", null)
                .map(events -> events.get(0).getPayload())
                .filter(TaskIssued.class::isInstance)
                .map(issued -> ((TaskIssued) issued).organization());
        organization.ifPresent(found -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(taskId, found);
        });
        return organization;
    }
}
