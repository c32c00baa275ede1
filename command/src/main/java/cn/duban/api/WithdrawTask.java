package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office withdraws a task that is not closed. */
public record WithdrawTask(@TargetAggregateIdentifier String taskId, String reason) {
}
