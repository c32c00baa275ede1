package cn.duban.api;

import java.math.BigDecimal;

/** A shortfall found by a gap review (查漏补缺): what the indicator should reach, what was reported, what is missing. */
public record Gap(String indicator, BigDecimal target, BigDecimal reported, BigDecimal shortfall) {
}
