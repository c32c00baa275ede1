package cn.duban.ui.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The status board, plan progress and ranking worked out from what the test sent, straight from docs/API.md and
 * docs/DESIGN.md, as text lines so that a difference reads plainly. Every task here has exactly one indicator.
 */
final class Expected {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

    private Expected() {
    }

    /** {@code organization|name|tasks|closed|overdue|openGaps|completion|score|light}, by organization code. */
    static List<String> organizations(List<SentTask> sent, Map<String, String> names, LocalDate day) {
        Map<String, List<SentTask>> byOrganization = sent.stream().filter(SentTask::counts)
                .collect(Collectors.groupingBy(t -> t.organization, TreeMap::new, Collectors.toList()));
        List<String> rows = new ArrayList<>();
        byOrganization.forEach((organization, tasks) -> {
            long closed = tasks.stream().filter(t -> t.stage == SentTask.Stage.CLOSED).count();
            long overdue = tasks.stream().filter(t -> !t.finished() && day.isAfter(t.due)).count();
            long openGaps = tasks.stream().filter(t -> t.stage == SentTask.Stage.RECTIFYING).count();
            BigDecimal completion = tasks.stream().map(Expected::share).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(tasks.size()), 4, RoundingMode.HALF_UP);
            String light = tasks.stream().map(t -> light(t, day)).max(Comparator.naturalOrder()).orElseThrow()
                    .name();
            rows.add(String.join("|", organization, names.get(organization), "" + tasks.size(), "" + closed,
                    "" + overdue, "" + openGaps, plain(completion), plain(weightedScore(tasks)), light));
        });
        return rows;
    }

    /** {@code itemCode|indicator|target|reported|completion}: SUM adds, MIN the weakest, ALL every milestone. */
    static String planItem(List<SentTask> sent, String itemCode, String rollup, BigDecimal cityTarget) {
        List<SentTask> tasks = sent.stream().filter(t -> t.counts() && t.itemCode.equals(itemCode)).toList();
        BigDecimal reported = switch (rollup) {
            case "SUM" -> tasks.stream().map(SentTask::figure).reduce(BigDecimal.ZERO, BigDecimal::add);
            case "MIN" -> tasks.stream().map(SentTask::figure).min(Comparator.naturalOrder()).orElseThrow();
            default -> tasks.stream().allMatch(t -> t.figure().signum() > 0) ? BigDecimal.ONE : BigDecimal.ZERO;
        };
        BigDecimal completion = reported.divide(cityTarget, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return String.join("|", itemCode, tasks.get(0).indicator, plain(cityTarget), plain(reported),
                plain(completion));
    }

    /** {@code rank|organization|score}: best first, equal scores share a rank, the next rank skips. */
    static List<String> ranking(List<SentTask> sent) {
        Map<String, BigDecimal> scores = new TreeMap<>();
        sent.stream().filter(t -> t.score != null).map(t -> t.organization).distinct()
                .forEach(o -> scores.put(o, weightedScore(sent.stream().filter(t -> t.organization.equals(o))
                        .toList())));
        List<Map.Entry<String, BigDecimal>> ordered = scores.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int rank = i + 1;
            for (int j = i - 1; j >= 0 && ordered.get(j).getValue().compareTo(ordered.get(i).getValue()) == 0; j--) {
                rank = j + 1;
            }
            lines.add(rank + "|" + ordered.get(i).getKey() + "|" + plain(ordered.get(i).getValue()));
        }
        return lines;
    }

    private static BigDecimal weightedScore(List<SentTask> tasks) {
        List<SentTask> scored = tasks.stream().filter(t -> t.score != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        BigDecimal weights = scored.stream().map(t -> t.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return scored.stream().map(t -> t.weight.multiply(BigDecimal.valueOf(t.score)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(weights, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(SentTask task) {
        if (task.kind == SentTask.Kind.MILESTONE) {
            return task.figure().signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return task.figure().divide(task.target, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /** Red overdue; yellow with an open gap or behind target × elapsed share of its time; blue within 3 days. */
    private static Light light(SentTask task, LocalDate day) {
        if (task.finished()) {
            return Light.GREEN;
        }
        if (day.isAfter(task.due)) {
            return Light.RED;
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(ISSUED_ON, task.due));
        long elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(ISSUED_ON, day)));
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
        boolean behind = task.kind != SentTask.Kind.MILESTONE
                && task.figure().compareTo(task.target.multiply(share)) < 0;
        if (task.stage == SentTask.Stage.RECTIFYING || behind) {
            return Light.YELLOW;
        }
        return ChronoUnit.DAYS.between(day, task.due) <= 3 ? Light.BLUE : Light.GREEN;
    }

    private enum Light { GREEN, BLUE, YELLOW, RED }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
