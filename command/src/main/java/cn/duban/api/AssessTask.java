package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office scores the task 0..100 (考核); this closes it. */
public record AssessTask(@TargetAggregateIdentifier String taskId, int score, String comment) {
}
