package cn.duban.query.status;

import java.math.BigDecimal;

/** One indicator of a plan item across the city; {@code reported} is null when no task carries it (MIN, ALL). */
public record PlanItemProgress(String itemCode, String indicator, BigDecimal target, BigDecimal reported,
                               BigDecimal completion) {
}
