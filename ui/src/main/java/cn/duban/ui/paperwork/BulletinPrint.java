package cn.duban.ui.paperwork;

import cn.duban.api.Light;
import cn.duban.query.assessment.RankedOrganization;
import cn.duban.query.status.OrganizationStatus;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.workplan.WorkPlanView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The 督查通报 of a period: how far the plan has come (tasks, closed, overdue, open gaps, the average completion at
 * the start and the end of the period), each organization's progress and light, the tasks under a yellow or red
 * light with their gaps, and the ranking by weighted score: all as the board and ranking stood at the period's end.
 */
final class BulletinPrint {

    private static final List<String> ORGANIZATIONS = List.of("责任单位", "任务", "办结", "逾期", "未补差距",
            "期初完成率", "期末完成率", "督办灯");
    private static final List<String> LIGHTS = List.of("责任单位", "工作要点", "督办灯", "完成时限", "差距或原因");
    private static final List<String> RANKING = List.of("名次", "责任单位", "加权得分");

    /** What the bulletin reports on, as the read side answered at the period's start and end. */
    record Period(LocalDate from, LocalDate to, List<OrganizationStatus> atStart, List<OrganizationStatus> atEnd,
                  List<TaskDetails> tasks, List<RankedOrganization> ranking) {
    }

    private BulletinPrint() {
    }

    static Paper paper(WorkPlanView plan, Period period, Map<String, String> names) {
        Figures figures = new Figures(plan);
        var paper = Paper.of("督查通报 " + period.from() + "—" + period.to())
                .add(Paper.Kind.TITLE, "督查通报")
                .add(Paper.Kind.SUBTITLE, plan.title() + "推进情况（" + Dates.chinese(period.from()) + "至"
                        + Dates.chinese(period.to()) + "）")
                .add(Paper.Kind.HEADING, "一、总体进展")
                .add(Paper.Kind.TEXT, "截至" + Dates.chinese(period.to()) + "，" + period.atEnd().size()
                        + "个责任单位共承担督查任务" + sum(period.atEnd(), OrganizationStatus::tasks) + "项，已办结"
                        + sum(period.atEnd(), OrganizationStatus::closed) + "项，逾期"
                        + sum(period.atEnd(), OrganizationStatus::overdue) + "项，未补差距"
                        + sum(period.atEnd(), OrganizationStatus::openGaps) + "处；各单位平均完成率期初为"
                        + percent(average(period.atStart())) + "，期末为" + percent(average(period.atEnd())) + "。"
                        + "红灯" + count(period.tasks(), Light.RED) + "项，黄灯" + count(period.tasks(), Light.YELLOW)
                        + "项。")
                .add(Paper.Kind.HEADING, "二、各单位进展");
        Map<String, OrganizationStatus> start = period.atStart().stream()
                .collect(Collectors.toMap(OrganizationStatus::organization, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (OrganizationStatus o : period.atEnd()) {
            OrganizationStatus before = start.get(o.organization());
            rows.add(List.of(o.name(), String.valueOf(o.tasks()), String.valueOf(o.closed()),
                    String.valueOf(o.overdue()), String.valueOf(o.openGaps()),
                    before == null ? "—" : percent(before.completion()), percent(o.completion()),
                    Words.light(o.light())));
        }
        paper.table(ORGANIZATIONS, List.of(22, 8, 8, 8, 10, 13, 13, 10), rows)
                .add(Paper.Kind.HEADING, "三、红灯、黄灯任务");
        List<List<String>> flagged = period.tasks().stream()
                .filter(t -> t.light() == Light.RED || t.light() == Light.YELLOW)
                .sorted(Comparator.comparing(TaskDetails::light).reversed())   // red first
                .map(t -> List.of(names.getOrDefault(t.organization(), t.organization()),
                        t.itemCode() + " " + figures.item(t.itemCode()), Words.light(t.light()),
                        String.valueOf(t.dueDate()), reason(t, figures)))
                .toList();
        if (flagged.isEmpty()) {
            paper.add(Paper.Kind.TEXT, "本期无红灯、黄灯任务。");
        } else {
            paper.table(LIGHTS, List.of(18, 34, 9, 14, 25), flagged);
        }
        paper.add(Paper.Kind.HEADING, "四、考核排名");
        if (period.ranking().isEmpty()) {
            paper.add(Paper.Kind.TEXT, "本期尚无已考核的任务。");
        } else {
            paper.table(RANKING, List.of(15, 55, 30), period.ranking().stream()
                    .map(r -> List.of(String.valueOf(r.rank()), r.name(), Figures.plain(r.score()))).toList());
        }
        return paper.add(Paper.Kind.RIGHT, (plan.issuer() == null ? "" : plan.issuer() + "\n")
                        + Dates.chinese(period.to()))
                .build();
    }

    /** Why a task is flagged: its gaps, else overdue (red) or behind time-proportional progress (yellow). */
    private static String reason(TaskDetails task, Figures figures) {
        String gaps = figures.gaps(task);
        return !gaps.isEmpty() ? gaps : task.light() == Light.RED ? "已逾期" : "滞后于序时进度";
    }

    private static int sum(List<OrganizationStatus> rows, ToIntFunction<OrganizationStatus> f) {
        return rows.stream().mapToInt(f).sum();
    }

    private static long count(List<TaskDetails> tasks, Light light) {
        return tasks.stream().filter(t -> t.light() == light).count();
    }

    private static BigDecimal average(List<OrganizationStatus> rows) {
        if (rows.isEmpty()) {
            return null;   // no task yet at the start of the period: nothing to average, not 0 %
        }
        return rows.stream().map(OrganizationStatus::completion).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rows.size()), 4, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "—" : Figures.plain(Figures.percent(share)) + "%";
    }
}
