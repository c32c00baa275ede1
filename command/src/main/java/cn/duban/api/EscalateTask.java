package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The process escalates a neglected or overdue task to the office (督办). */
public record EscalateTask(@TargetAggregateIdentifier String taskId, String reason) {
}
