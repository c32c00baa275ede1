package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Draft a task list (督查交办单) that assigns plan items to organizations. */
public record DraftTaskList(@TargetAggregateIdentifier String taskListId, String workPlanId, String number, String title, LocalDate dueDate, List<Assignment> assignments) {
}
