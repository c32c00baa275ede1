package cn.duban.ui.status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the test did to one task, in its own terms: the target it assigned, the figure it reported, whether a gap
 * is open, the score it gave. The expected answers are worked out from these alone.
 */
final class SentTask {

    enum Kind { COUNT, PERCENT, MILESTONE }

    enum Stage { ISSUED, ACKNOWLEDGED, REPORTING, RECTIFYING, CLOSED, WITHDRAWN }

    String id;
    final String organization;
    final String itemCode;
    final String indicator;
    final Kind kind;
    final BigDecimal target;
    final BigDecimal weight;
    final LocalDate due;
    Stage stage = Stage.ISSUED;
    BigDecimal reported;
    Integer score;

    SentTask(String organization, String itemCode, String indicator, Kind kind, BigDecimal target,
             BigDecimal weight, LocalDate due) {
        this.organization = organization;
        this.itemCode = itemCode;
        this.indicator = indicator;
        this.kind = kind;
        this.target = target;
        this.weight = weight;
        this.due = due;
    }

    SentTask copy() {
        SentTask copy = new SentTask(organization, itemCode, indicator, kind, target, weight, due);
        copy.id = id;
        copy.stage = stage;
        copy.reported = reported;
        copy.score = score;
        return copy;
    }

    boolean counts() {
        return stage != Stage.WITHDRAWN;
    }

    boolean finished() {
        return stage == Stage.CLOSED || stage == Stage.WITHDRAWN;
    }

    BigDecimal figure() {
        return reported == null ? BigDecimal.ZERO : reported;
    }
}
