package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit confirms it has received the task (签收). */
public record AcknowledgeTask(@TargetAggregateIdentifier String taskId) {
}
