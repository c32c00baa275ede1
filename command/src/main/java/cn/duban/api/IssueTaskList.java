package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Issue (交办) a drafted task list: one supervision task per assignment. */
public record IssueTaskList(@TargetAggregateIdentifier String taskListId) {
}
