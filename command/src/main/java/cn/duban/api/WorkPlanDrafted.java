package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A work plan was drafted. */
@Revision("1")
public record WorkPlanDrafted(String workPlanId, int year, String title, String issuer, String framework, List<PlanItem> items) {
}
