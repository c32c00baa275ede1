package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Revise a draft work plan; replaces its title and items. */
public record ReviseWorkPlan(@TargetAggregateIdentifier String workPlanId, String title, String issuer, String framework, List<PlanItem> items) {
}
