package cn.duban.query;

import cn.duban.api.Bound;
import cn.duban.api.Gap;
import cn.duban.api.IndicatorKind;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskTarget;
import cn.duban.query.task.TaskProgress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A task's folded state for tests of the pure read-side rules: issued 1 March 2026, due 30 June, weight 1. */
public final class ATask {

    private final String id;
    private final String organization;
    private String itemCode = "S4";
    private TaskStatus status = TaskStatus.REPORTING;
    private LocalDate issuedOn = LocalDate.of(2026, 3, 1);
    private LocalDate dueDate = LocalDate.of(2026, 6, 30);
    private final List<TaskTarget> targets = new ArrayList<>();
    private final TreeMap<String, BigDecimal> reported = new TreeMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private Integer score;
    private BigDecimal weight = BigDecimal.ONE;

    private ATask(String id, String organization) {
        this.id = id;
        this.organization = organization;
    }

    public static ATask of(String id, String organization) {
        return new ATask(id, organization);
    }

    public ATask item(String code) {
        itemCode = code;
        return this;
    }

    public ATask status(TaskStatus value) {
        status = value;
        return this;
    }

    public ATask due(LocalDate value) {
        dueDate = value;
        return this;
    }

    public ATask count(String indicator, long target) {
        targets.add(new TaskTarget(indicator, IndicatorKind.COUNT, Bound.AT_LEAST, BigDecimal.valueOf(target)));
        return this;
    }

    public ATask percent(String indicator, long target) {
        targets.add(new TaskTarget(indicator, IndicatorKind.PERCENT, Bound.AT_LEAST, BigDecimal.valueOf(target)));
        return this;
    }

    public ATask milestone(String indicator) {
        targets.add(new TaskTarget(indicator, IndicatorKind.MILESTONE, Bound.AT_LEAST, BigDecimal.ONE));
        return this;
    }

    public ATask reported(String indicator, long figure) {
        reported.put(indicator, BigDecimal.valueOf(figure));
        return this;
    }

    public ATask gap(String indicator) {
        gaps.add(new Gap(indicator, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN));
        return this;
    }

    public ATask score(int value, String weightValue) {
        score = value;
        weight = new BigDecimal(weightValue);
        status = TaskStatus.CLOSED;
        return this;
    }

    public ATask weight(String value) {
        weight = new BigDecimal(value);
        return this;
    }

    public TaskProgress build() {
        return new TaskProgress(id, "list-1", "wp-2018", itemCode, organization, status, issuedOn, dueDate, targets,
                reported, gaps, score, weight, List.of());
    }
}
