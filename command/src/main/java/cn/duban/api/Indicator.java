package cn.duban.api;

import java.math.BigDecimal;
import java.util.List;

/** A measurable figure of a plan item with its city-wide target and how unit figures roll up into it. */
public record Indicator(String code, String name, String unit, IndicatorKind kind, Bound comparator,
                        BigDecimal target, Rollup rollup, List<String> checklist) {

    public Indicator {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }
}
