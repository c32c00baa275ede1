package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A draft work plan was revised. */
@Revision("1")
public record WorkPlanRevised(String workPlanId, String title, String issuer, String framework, List<PlanItem> items) {
}
