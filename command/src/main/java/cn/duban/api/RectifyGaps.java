package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The unit answers open gaps with new figures, what it did, and references to attached evidence (整改). */
public record RectifyGaps(@TargetAggregateIdentifier String taskId, Map<String, BigDecimal> figures, String narrative,
                          List<String> evidence) {
}
