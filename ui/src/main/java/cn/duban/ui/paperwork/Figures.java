package cn.duban.ui.paperwork;

import cn.duban.api.Bound;
import cn.duban.api.Indicator;
import cn.duban.api.PlanItem;
import cn.duban.api.TaskTarget;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.workplan.WorkPlanView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How the paperwork writes a plan's figures: by the indicators' names and units, rates as percentages. */
final class Figures {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, String> items = new HashMap<>();

    Figures(WorkPlanView plan) {
        for (PlanItem item : plan.items()) {
            items.put(item.code(), item.title());
            item.indicators().forEach(i -> indicators.put(item.code() + "/" + i.code(), i));
        }
    }

    String item(String code) {
        return items.getOrDefault(code, code);
    }

    /** "新增工会组织 20家；其中新产业、新业态工会组织 2家", one indicator a line. */
    String of(TaskDetails task, Map<String, BigDecimal> figures) {
        return figures.entrySet().stream()
                .map(e -> indicatorName(task.itemCode(), e.getKey()) + " "
                        + amount(task.itemCode(), e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** "新增工会组织 差 5家", one gap a line. */
    String gaps(TaskDetails task) {
        return task.gaps().stream()
                .map(g -> indicatorName(task.itemCode(), g.indicator()) + " 差 "
                        + amount(task.itemCode(), g.indicator(), g.shortfall()))
                .collect(Collectors.joining("\n"));
    }

    String indicatorName(String itemCode, String indicator) {
        Indicator i = indicators.get(itemCode + "/" + indicator);
        return i == null ? indicator : i.name();
    }

    /** A completion share (0 to 1) as a percentage with one decimal place. */
    static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "新增工会组织 20家", or "… 不超过 2家" for a ceiling. */
    String target(String itemCode, TaskTarget target) {
        return indicatorName(itemCode, target.indicator()) + " "
                + (target.comparator() == Bound.AT_MOST ? "不超过 " : "")
                + amount(itemCode, target.indicator(), target.target());
    }

    private String amount(String itemCode, String indicator, BigDecimal value) {
        Indicator i = indicators.get(itemCode + "/" + indicator);
        String unit = i == null || i.unit() == null ? "" : i.unit();
        return plain(value) + unit;
    }
}
