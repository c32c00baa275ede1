package cn.duban.api;

import java.math.BigDecimal;

/** One indicator's target decomposed to one organization, with what the gap computation needs to judge it. */
public record TaskTarget(String indicator, IndicatorKind kind, Bound comparator, BigDecimal target) {
}
