package cn.duban.query.status;

import cn.duban.api.Light;
import cn.duban.query.assessment.WeightedScore;
import cn.duban.query.task.TaskProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completion status per organization on a given day. Withdrawn tasks do not count at all. Completion is the mean
 * of the tasks' completions (each the mean of its indicators' shares, capped at 1 per indicator); the light is the
 * worst light among the organization's tasks on that day (a finished task is green).
 */
public final class StatusBoard {

    private StatusBoard() {
    }

    public static List<OrganizationStatus> organizations(List<TaskProgress> tasks, Function<String, String> names,
                                                         LocalDate day) {
        Map<String, List<TaskProgress>> byOrganization = tasks.stream()
                .filter(task -> !task.withdrawn())
                .collect(Collectors.groupingBy(TaskProgress::organization, TreeMap::new, Collectors.toList()));
        return byOrganization.entrySet().stream()
                .map(e -> row(e.getKey(), names.apply(e.getKey()), e.getValue(), day))
                .toList();
    }

    private static OrganizationStatus row(String organization, String name, List<TaskProgress> tasks, LocalDate day) {
        int closed = (int) tasks.stream().filter(t -> t.status().isFinished()).count();
        int overdue = (int) tasks.stream().filter(t -> t.overdueOn(day)).count();
        int openGaps = tasks.stream().mapToInt(TaskProgress::openGaps).sum();
        BigDecimal completion = tasks.stream().map(TaskProgress::completion).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(tasks.size()), 4, RoundingMode.HALF_UP);
        Light light = tasks.stream().map(t -> t.lightOn(day)).max(Comparator.naturalOrder()).orElse(Light.GREEN);
        return new OrganizationStatus(organization, name, tasks.size(), closed, overdue, openGaps, completion,
                WeightedScore.of(tasks).orElse(null), light);
    }
}
