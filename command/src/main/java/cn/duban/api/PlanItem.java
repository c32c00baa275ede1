package cn.duban.api;

import java.util.List;
import java.util.Optional;

/** One line of a work plan (要点条目); the practical matters (十件实事) carry indicators. */
public record PlanItem(String code, String category, String title, List<Indicator> indicators) {

    public PlanItem {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }
}
