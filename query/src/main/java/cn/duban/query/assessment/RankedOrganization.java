package cn.duban.query.assessment;

import java.math.BigDecimal;

/** One line of docs/API.md's assessment ranking. */
public record RankedOrganization(int rank, String organization, String name, BigDecimal score) {
}
