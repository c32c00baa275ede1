package cn.duban.ui.workplan;

import cn.duban.api.DraftWorkPlan;
import cn.duban.api.PlanItem;
import cn.duban.api.ReviseWorkPlan;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * A work plan in the shape of work-plan-2018.json, as clients post it. Fields starting with an underscore, such as
 * {@code _about}, are notes for people and ignored.
 */
@JsonIgnoreProperties(value = {"_about", "id", "status"})
public record WorkPlanDocument(int year, String title, String issuer, String framework,
                               List<@NotNull PlanItem> items) {

    public DraftWorkPlan draft(String workPlanId) {
        return new DraftWorkPlan(workPlanId, year, title, issuer, framework, items);
    }

    ReviseWorkPlan revise(String workPlanId) {
        return new ReviseWorkPlan(workPlanId, title, issuer, framework, items);
    }
}
