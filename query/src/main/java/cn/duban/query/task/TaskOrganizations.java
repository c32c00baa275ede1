package cn.duban.query.task;

import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStream;
import cn.duban.query.history.EventStreams;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organization a task was issued to, and how it was issued, from the first event of its own stream (never from a
 * read model that may lag). That event never changes, so answers are kept; the cache is dropped whole when it grows
 * large.
 */
@Component
public class TaskOrganizations {

    private static final int MAX_CACHED = 10_000;

    private final EventStreams streams;
    private final Map<String, TaskIssued> cache = new ConcurrentHashMap<>();

    TaskOrganizations(EventStreams streams) {
        this.streams = streams;
    }

    public Optional<String> of(String taskId) {
        return issued(taskId).map(TaskIssued::organization);
    }

    /** How the task was issued (the first event of its stream, which never changes), or empty for no such task. */
    public Optional<TaskIssued> issued(String taskId) {
        TaskIssued known = cache.get(taskId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TaskIssued> issued = streams.read(taskId, TaskStream.TYPE, null)
                .map(events -> events.get(0).getPayload())
                .filter(TaskIssued.class::isInstance)
                .map(TaskIssued.class::cast);
        issued.ifPresent(found -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(taskId, found);
        });
        return issued;
    }
}
