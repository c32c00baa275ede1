package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish (印发) a draft work plan; from then on it changes only by amendment. */
public record PublishWorkPlan(@TargetAggregateIdentifier String workPlanId) {
}
