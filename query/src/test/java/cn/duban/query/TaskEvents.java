package cn.duban.query;

import cn.duban.api.Bound;
import cn.duban.api.IndicatorKind;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStream;
import cn.duban.api.TaskTarget;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One task's stream for tests, each event stamped with the moment it happened; sequence numbers follow on. */
public final class TaskEvents {

    private final String taskId;
    private long sequence;

    public TaskEvents(String taskId) {
        this.taskId = taskId;
    }

    /** Issued with a love-station target of {@code target} and a milestone, due 30 June 2026. */
    public static TaskIssued issued(String taskId, String workPlanId, String organization, long target,
                                    String weight) {
        return new TaskIssued(taskId, "list-1", workPlanId, "S4", organization, List.of(
                new TaskTarget("love_stations", IndicatorKind.COUNT, Bound.AT_LEAST, BigDecimal.valueOf(target)),
                new TaskTarget("station_measures", IndicatorKind.MILESTONE, Bound.AT_LEAST, BigDecimal.ONE)),
                new BigDecimal(weight), LocalDate.of(2026, 6, 30));
    }

    public DomainEventMessage<?> at(String instant, Object payload) {
        return new GenericDomainEventMessage<>(TaskStream.TYPE, taskId, sequence++, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.parse(instant));
    }
}
