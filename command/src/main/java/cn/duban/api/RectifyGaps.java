package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/** The unit answers open gaps with new figures and what it did (整改). */
public record RectifyGaps(@TargetAggregateIdentifier String taskId, Map<String, BigDecimal> figures, String narrative) {
}
