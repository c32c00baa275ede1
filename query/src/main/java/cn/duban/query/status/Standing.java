package cn.duban.query.status;

import cn.duban.query.assessment.RankedOrganization;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.workplan.WorkPlanView;

import java.util.List;

/**
 * A plan as it stood at one moment: the plan itself, the board's rows, the city-wide roll-up, the ranking and each
 * task in full.
 */
public record Standing(WorkPlanView plan, List<OrganizationStatus> organizations, List<PlanItemProgress> planItems,
                       List<RankedOrganization> ranking, List<TaskDetails> tasks) {
}
