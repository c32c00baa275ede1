package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit attaches a stored evidence file to its task, so that its reports can refer to it (佐证材料). */
public record AttachEvidence(@TargetAggregateIdentifier String taskId, EvidenceFile file) {
}
