package cn.duban.ui.tasklist;

import cn.duban.api.Assignment;
import cn.duban.api.DraftTaskList;
import cn.duban.api.FieldError;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.Indicator;
import cn.duban.api.InvalidCommandException;
import cn.duban.api.PlanItem;
import cn.duban.api.TaskTarget;
import cn.duban.api.WorkPlanStatus;
import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.workplan.WorkPlanQueries;
import cn.duban.query.workplan.WorkPlanView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a task-list request into a {@link DraftTaskList}: the plan must be published, each item and indicator must
 * be the plan's, each organization registered. Each target takes its kind and comparator from the plan, so the task
 * stream can judge gaps on its own. All of it is read from the streams, not from projections that may lag.
 */
@Component
class TaskListDrafting {

    private final WorkPlanQueries plans;
    private final OrganizationQueries organizations;

    TaskListDrafting(WorkPlanQueries plans, OrganizationQueries organizations) {
        this.plans = plans;
        this.organizations = organizations;
    }

    DraftTaskList command(String taskListId, TaskListRequest request) {
        if (request.workPlanId() == null) {   // the JSON API's @NotNull says so too; an imported workbook may not
            throw new InvalidCommandException("workPlanId", "必须填写");
        }
        WorkPlanView plan = plans.current(request.workPlanId()).orElseThrow(() ->
                new InvalidCommandException("workPlanId", "不是工作计划"));
        if (plan.status() != WorkPlanStatus.PUBLISHED) {
            throw new IllegalTransitionException("work plan " + plan.id() + " is not published yet");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < request.assignments().size(); i++) {
            var a = request.assignments().get(i);
            String field = "assignments[" + i + "]";
            PlanItem item = a.itemCode() == null ? null : plan.item(a.itemCode()).orElse(null);
            if (item == null) {
                errors.add(new FieldError(field + ".itemCode", "不是该工作计划的要点"));
            }
            if (a.organization() == null || !organizations.exists(a.organization())) {
                errors.add(new FieldError(field + ".organization", "不是已登记的组织"));
            }
            List<TaskTarget> targets = item == null ? List.of() : targets(item, a.targets(), field, errors);
            assignments.add(new Assignment(a.itemCode(), a.organization(), targets, a.weight(), a.dueDate()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return new DraftTaskList(taskListId, plan.id(), request.number(), request.title(), request.dueDate(),
                assignments);
    }

    private static List<TaskTarget> targets(PlanItem item, Map<String, BigDecimal> requested, String field,
                                            List<FieldError> errors) {
        List<TaskTarget> targets = new ArrayList<>();
        (requested == null ? Map.<String, BigDecimal>of() : requested).forEach((code, value) -> {
            Indicator indicator = item.indicator(code).orElse(null);
            if (indicator == null) {
                errors.add(new FieldError(field + ".targets." + code, "不是要点 " + item.code() + " 的指标"));
            } else {
                targets.add(new TaskTarget(code, indicator.kind(), indicator.comparator(), value));
            }
        });
        return targets;
    }
}
