package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Issue one supervision task (督查任务) of an issued task list. */
public record IssueTask(@TargetAggregateIdentifier String taskId, String taskListId, String workPlanId, String itemCode, String organization, List<TaskTarget> targets, BigDecimal weight, LocalDate dueDate) {
}
