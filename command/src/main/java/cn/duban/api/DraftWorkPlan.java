package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Draft a work plan (工作要点) with its items and indicators. */
public record DraftWorkPlan(@TargetAggregateIdentifier String workPlanId, int year, String title, String issuer, String framework, List<PlanItem> items) {
}
