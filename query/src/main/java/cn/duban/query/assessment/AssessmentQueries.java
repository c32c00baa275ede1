package cn.duban.query.assessment;

import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.task.TaskQueries;
import cn.duban.query.workplan.WorkPlanQueries;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ranking of one plan's organizations, now or as of a past moment; empty when the plan did not exist then. */
@Component
public class AssessmentQueries {

    private final TaskQueries tasks;
    private final WorkPlanQueries plans;
    private final OrganizationQueries organizations;

    AssessmentQueries(TaskQueries tasks, WorkPlanQueries plans, OrganizationQueries organizations) {
        this.tasks = tasks;
        this.plans = plans;
        this.organizations = organizations;
    }

    public Optional<List<RankedOrganization>> ranking(String workPlanId, Instant asOf) {
        return plans.asOf(workPlanId, asOf).map(plan -> {
            Map<String, String> names = organizations.names();
            return Ranking.of(tasks.ofPlan(workPlanId, null, asOf), names::get);
        });
    }
}
