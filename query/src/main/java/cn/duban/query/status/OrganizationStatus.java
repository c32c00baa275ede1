package cn.duban.query.status;

import cn.duban.api.Light;

import java.math.BigDecimal;

/** One row of docs/API.md's status per organization; {@code score} is null until a task of it is assessed. */
public record OrganizationStatus(String organization, String name, int tasks, int closed, int overdue, int openGaps,
                                 BigDecimal completion, BigDecimal score, Light light) {
}
