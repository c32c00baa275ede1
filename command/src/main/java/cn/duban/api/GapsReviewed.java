package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A gap review computed these gaps; none moves the task on to assessment, any sends it to rectification. It records
 * the facts the process routes on and scores by, as the aggregate knew them: how complete the task was
 * ({@link Completion}) and how many days past its deadline the review came (0 when on time). Revision 2 added the two
 * facts; a revision 1 event did not record them and reads with both null ({@link GapsReviewedUpcaster}).
 */
@Revision("2")
public record GapsReviewed(String taskId, List<Gap> gaps, BigDecimal completion, Integer daysLate)
        implements TaskEvent {

    public boolean gapsFound() {
        return !gaps.isEmpty();
    }
}
