package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A published work plan was amended. */
@Revision("1")
public record WorkPlanAmended(String workPlanId, List<PlanItem> items, String reason) {
}
