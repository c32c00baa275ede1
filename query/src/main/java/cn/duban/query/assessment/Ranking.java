package cn.duban.query.assessment;

import cn.duban.query.task.TaskProgress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks the organizations with a {@link WeightedScore}, best first. Equal scores share a rank and the next rank
 * skips as many places (1, 1, 3: standard competition ranking); among equals the organization code decides the order.
 */
public final class Ranking {

    private record Scored(String organization, BigDecimal score) {
    }

    private Ranking() {
    }

    public static List<RankedOrganization> of(List<TaskProgress> tasks, Function<String, String> names) {
        Map<String, List<TaskProgress>> byOrganization = tasks.stream()
                .collect(Collectors.groupingBy(TaskProgress::organization, TreeMap::new, Collectors.toList()));
        List<Scored> scored = byOrganization.entrySet().stream()
                .flatMap(e -> WeightedScore.of(e.getValue()).map(s -> new Scored(e.getKey(), s)).stream())
                .sorted(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::organization))
                .toList();
        List<RankedOrganization> ranking = new ArrayList<>();
        for (int place = 0; place < scored.size(); place++) {
            Scored line = scored.get(place);
            boolean tie = place > 0 && scored.get(place - 1).score().compareTo(line.score()) == 0;
            int rank = tie ? ranking.get(place - 1).rank() : place + 1;
            ranking.add(new RankedOrganization(rank, line.organization(), names.apply(line.organization()),
                    line.score()));
        }
        return ranking;
    }
}
