package cn.duban.query.workplan;

import cn.duban.api.PlanItem;
import cn.duban.api.WorkPlanAmended;
import cn.duban.api.WorkPlanDrafted;
import cn.duban.api.WorkPlanPublished;
import cn.duban.api.WorkPlanRevised;
import cn.duban.api.WorkPlanStatus;

import java.util.List;
import java.util.Optional;

/** A work plan as docs/API.md shows it: the shape of work-plan-2018.json plus its id and status. */
public record WorkPlanView(String id, int year, String title, String issuer, String framework, WorkPlanStatus status,
                           List<PlanItem> items) {

    public Optional<PlanItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The plan after one more of its events; the start of the stream is {@code null}. */
    static WorkPlanView apply(WorkPlanView plan, Object event) {
        if (event instanceof WorkPlanDrafted e) {
            return new WorkPlanView(e.workPlanId(), e.year(), e.title(), e.issuer(), e.framework(),
                    WorkPlanStatus.DRAFT, e.items());
        }
        if (event instanceof WorkPlanRevised e) {
            return new WorkPlanView(plan.id, plan.year, e.title(), e.issuer(), e.framework(), plan.status, e.items());
        }
        if (event instanceof WorkPlanPublished) {
            return new WorkPlanView(plan.id, plan.year, plan.title, plan.issuer, plan.framework,
                    WorkPlanStatus.PUBLISHED, plan.items);
        }
        if (event instanceof WorkPlanAmended e) {
            return new WorkPlanView(plan.id, plan.year, plan.title, plan.issuer, plan.framework, plan.status,
                    e.items());
        }
        return plan;
    }
}
