package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The unit asks for a later deadline (延期申请). */
public record RequestExtension(@TargetAggregateIdentifier String taskId, LocalDate dueDate, String reason) {
}
