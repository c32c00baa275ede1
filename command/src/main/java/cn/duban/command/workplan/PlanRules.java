package cn.duban.command.workplan;

import cn.duban.api.Indicator;
import cn.duban.api.IndicatorKind;
import cn.duban.api.PlanItem;
import cn.duban.command.shared.InputCheck;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a plan's items well formed: unique item codes, unique indicator codes within an item, every indicator
 * with kind, comparator, roll-up and a target that fits its kind (a percentage at most 100, a milestone exactly 1).
 */
final class PlanRules {

    private PlanRules() {
    }

    static void check(List<PlanItem> items, InputCheck check) {
        check.notEmpty(items, "items");
        if (items == null) {
            return;
        }
        Set<String> itemCodes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String field = "items[" + i + "]";
            check.text(item.code(), field + ".code", 64)
                    .require(item.code() == null || itemCodes.add(item.code()), field + ".code", "重复")
                    .text(item.title(), field + ".title", 500)
                    .optionalText(item.category(), field + ".category", 64);
            checkIndicators(item.indicators(), field, check);
        }
    }

    private static void checkIndicators(List<Indicator> indicators, String itemField, InputCheck check) {
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < indicators.size(); j++) {
            Indicator indicator = indicators.get(j);
            String field = itemField + ".indicators[" + j + "]";
            check.text(indicator.code(), field + ".code", 64)
                    .require(indicator.code() == null || codes.add(indicator.code()), field + ".code", "重复")
                    .text(indicator.name(), field + ".name", 500)
                    .optionalText(indicator.unit(), field + ".unit", 32)
                    .notNull(indicator.kind(), field + ".kind")
                    .notNull(indicator.comparator(), field + ".comparator")
                    .notNull(indicator.rollup(), field + ".rollup")
                    .nonNegative(indicator.target(), field + ".target");
            for (int k = 0; k < indicator.checklist().size(); k++) {
                check.text(indicator.checklist().get(k), field + ".checklist[" + k + "]", 500);
            }
            if (indicator.kind() == IndicatorKind.PERCENT && indicator.target() != null) {
                check.require(indicator.target().compareTo(BigDecimal.valueOf(100)) <= 0, field + ".target",
                        "百分比不能超过 100");
            }
            if (indicator.kind() == IndicatorKind.MILESTONE && indicator.target() != null) {
                check.require(indicator.target().compareTo(BigDecimal.ONE) == 0, field + ".target",
                        "里程碑的目标值为 1（完成）");
            }
        }
    }

    /** An amendment may change and add, but never drop an item or indicator that task lists may refer to. */
    static void checkAmendment(List<PlanItem> before, List<PlanItem> after, InputCheck check) {
        for (PlanItem old : before) {
            PlanItem now = after.stream().filter(i -> old.code().equals(i.code())).findFirst().orElse(null);
            check.require(now != null, "items", "修订不能删除要点 " + old.code());
            if (now != null) {
                old.indicators().forEach(indicator -> check.require(now.indicator(indicator.code()).isPresent(),
                        "items", "修订不能删除要点 " + old.code() + " 的指标 " + indicator.code()));
            }
        }
    }
}
