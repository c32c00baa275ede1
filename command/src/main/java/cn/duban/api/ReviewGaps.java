package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office compares the latest figures with the targets (查漏补缺). */
public record ReviewGaps(@TargetAggregateIdentifier String taskId) {
}
