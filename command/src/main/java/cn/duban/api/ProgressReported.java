package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The unit reported progress, and the evidence files (storage keys) that prove it. A report stored without evidence
 * reads as an empty list, as {@link GapsRectified} does.
 */
@Revision("1")
public record ProgressReported(String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence) {

    public ProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
