package cn.duban.query.status;

import cn.duban.query.assessment.Ranking;
import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.task.TaskProgress;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.workplan.WorkPlanQueries;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * Everything the paperwork prints of a plan at one moment (the board, the roll-up, the ranking and every task in
     * full) from a single fold of its tasks: as of a past moment that fold reads the event store, so once, not four
     * times.
     */
    public Optional<Standing> standing(String workPlanId, Instant asOf) {
        return plans.asOf(workPlanId, asOf).map(plan -> {
            Map<String, String> names = organizations.names();
            List<TaskProgress> folded = tasks.ofPlan(workPlanId, null, asOf);
            LocalDate day = tasks.day(asOf);
            return new Standing(plan, StatusBoard.organizations(folded, names::get, day),
                    PlanProgress.of(plan.items(), folded), Ranking.of(folded, names::get),
                    TaskQueries.register(folded, day));
        });
    }

    public Optional<List<PlanItemProgress>> planItems(String workPlanId, Instant asOf) {
        return plans.asOf(workPlanId, asOf)
                .map(plan -> PlanProgress.of(plan.items(), tasks.ofPlan(workPlanId, null, asOf)));
    }
}
