package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The unit reports its figures per indicator, what it did, and references to evidence (进展反馈). */
public record ReportProgress(@TargetAggregateIdentifier String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence) {
}
