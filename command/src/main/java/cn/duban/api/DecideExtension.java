package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office grants or denies the pending extension request. */
public record DecideExtension(@TargetAggregateIdentifier String taskId, boolean approved, String comment) {
}
