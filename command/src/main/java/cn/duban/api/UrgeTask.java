package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office urges the unit (催办). */
public record UrgeTask(@TargetAggregateIdentifier String taskId, String message) {
}
