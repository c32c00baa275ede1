package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The unit rectified: new figures for the next gap review, and the evidence files (storage keys) that prove them.
 * Revision 2 added {@code evidence}; a revision 1 event has none, and reads as an empty list.
 */
@Revision("2")
public record GapsRectified(String taskId, Map<String, BigDecimal> figures, String narrative, List<String> evidence)
        implements TaskEvent {

    public GapsRectified {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
