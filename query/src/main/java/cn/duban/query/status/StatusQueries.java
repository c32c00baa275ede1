package cn.duban.query.status;

import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.workplan.WorkPlanQueries;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status board of one plan, now (from {@code task_progress}) or as of a past moment (from the event store),
 * judged on the day of that moment. Empty when the plan did not exist then.
 */
@Component
public class StatusQueries {

    private final TaskQueries tasks;
    private final WorkPlanQueries plans;
    private final OrganizationQueries organizations;

    StatusQueries(TaskQueries tasks, WorkPlanQueries plans, OrganizationQueries organizations) {
        this.tasks = tasks;
        this.plans = plans;
        this.organizations = organizations;
    }

    /** {@code organization} may be null for every organization's row. */
    public Optional<List<OrganizationStatus>> organizations(String workPlanId, String organization, Instant asOf) {
        return plans.asOf(workPlanId, asOf).map(plan -> {
            Map<String, String> names = organizations.names();
            return StatusBoard.organizations(tasks.ofPlan(workPlanId, organization, asOf), names::get,
                    tasks.day(asOf));
        });
    }

    public Optional<List<PlanItemProgress>> planItems(String workPlanId, Instant asOf) {
        return plans.asOf(workPlanId, asOf)
                .map(plan -> PlanProgress.of(plan.items(), tasks.ofPlan(workPlanId, null, asOf)));
    }
}
