package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The unit reported progress. */
@Revision("1")
public record ProgressReported(String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence) {
}
