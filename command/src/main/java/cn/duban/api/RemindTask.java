package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The process reminds the unit that something is due (提醒), e.g. an acknowledgement or a report. */
public record RemindTask(@TargetAggregateIdentifier String taskId, String reason) {
}
