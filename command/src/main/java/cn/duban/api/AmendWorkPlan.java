package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Amend a published plan: items and targets may change or be added, none removed. */
public record AmendWorkPlan(@TargetAggregateIdentifier String workPlanId, List<PlanItem> items, String reason) {
}
