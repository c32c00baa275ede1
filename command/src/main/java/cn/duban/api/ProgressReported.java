package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The unit reported progress, and the evidence files (storage keys) that prove it. Revision 2 names the
 * {@code evidence} that revision 1 gained without a new revision; a report stored without it reads as an empty list,
 * as {@link GapsRectified} does.
 */
@Revision("2")
public record ProgressReported(String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence)
        implements TaskEvent {

    public ProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
