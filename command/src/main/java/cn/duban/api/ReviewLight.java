package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Judge the task's three-colour light (三色督办) on today's date; a change is recorded. */
public record ReviewLight(@TargetAggregateIdentifier String taskId) {
}
