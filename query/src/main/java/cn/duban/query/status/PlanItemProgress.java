package cn.duban.query.status;

import java.math.BigDecimal;

/**
 * One indicator of a plan item across the city, rolled up from the tasks that carry it (there is no line for an
 * indicator nobody was assigned).
 */
public record PlanItemProgress(String itemCode, String indicator, BigDecimal target, BigDecimal reported,
                               BigDecimal completion) {
}
