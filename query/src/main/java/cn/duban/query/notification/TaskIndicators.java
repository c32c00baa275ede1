package cn.duban.query.notification;

import cn.duban.api.Indicator;
import cn.duban.query.task.TaskOrganizations;
import cn.duban.query.workplan.WorkPlanQueries;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A task's indicators by code, as its plan item said at a given moment: a gap reads "按“四有”标准建成爱心驿站", not
 * "love_stations". Read from the streams (the plan as of the event), not a read model, so a replay words it alike; a
 * plan that by the clocks did not exist yet (a node's clock behind, or a test's moved back) is read as it is now.
 */
@Component
class TaskIndicators {

    private final TaskOrganizations tasks;
    private final WorkPlanQueries plans;

    /** Lazy: the event store these read is what the projection's handlers are registered with. */
    TaskIndicators(@Lazy TaskOrganizations tasks, @Lazy WorkPlanQueries plans) {
        this.tasks = tasks;
        this.plans = plans;
    }

    Map<String, Indicator> of(String taskId, Instant at) {
        return tasks.issued(taskId)
                .flatMap(issued -> plans.asOf(issued.workPlanId(), at).or(() -> plans.current(issued.workPlanId()))
                        .flatMap(plan -> plan.item(issued.itemCode())))
                .map(item -> item.indicators().stream()
                        .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
    }
}
