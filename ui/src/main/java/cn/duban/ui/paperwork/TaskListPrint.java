package cn.duban.ui.paperwork;

import cn.duban.api.Assignment;
import cn.duban.query.tasklist.TaskListView;
import cn.duban.query.workplan.WorkPlanView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 督查交办单 as it is sent out: its title and number, the issuer and the day it was issued, every assignment
 * with its targets, weight and deadline, and for each responsible unit a line to 签收 (sign for it) by hand.
 */
final class TaskListPrint {

    private static final List<String> ASSIGNMENTS = List.of("序号", "责任单位", "工作要点", "目标任务", "完成时限", "权重");
    private static final List<String> RECEIPTS = List.of("责任单位", "签收人", "签收日期", "备注");

    private TaskListPrint() {
    }

    /** @param issued the day the list was issued, or null for a draft (printed as such) */
    static Paper paper(TaskListView list, WorkPlanView plan, Map<String, String> names, LocalDate issued) {
        Figures figures = new Figures(plan);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Assignment a : list.assignments()) {
            rows.add(List.of(String.valueOf(n++), names.getOrDefault(a.organization(), a.organization()),
                    a.itemCode() + " " + figures.item(a.itemCode()), targets(a, figures),
                    String.valueOf(a.dueDate() == null ? list.dueDate() : a.dueDate()), Figures.plain(a.weight())));
        }
        Set<String> units = new LinkedHashSet<>();
        list.assignments().forEach(a -> units.add(names.getOrDefault(a.organization(), a.organization())));
        return Paper.of("督查交办单 " + list.number())
                .add(Paper.Kind.TITLE, "督查交办单")
                .add(Paper.Kind.SUBTITLE, list.number() + (issued == null ? "（草稿，未交办）" : ""))
                .add(Paper.Kind.HEADING, "事由：" + list.title())
                .add(Paper.Kind.TEXT, "依据《" + plan.title() + "》，现将下列工作任务交由各责任单位办理，"
                        + "请于完成时限前按要求推进落实，及时报送进展和佐证材料。总体完成时限：" + list.dueDate() + "。")
                .table(ASSIGNMENTS, List.of(6, 15, 27, 30, 14, 8), rows)
                .add(Paper.Kind.HEADING, "签收")
                .signatures(RECEIPTS, List.of(30, 25, 25, 20), units.stream().map(u -> List.of(u, "", "", "")).toList())
                .add(Paper.Kind.RIGHT, (plan.issuer() == null ? "" : plan.issuer() + "\n")
                        + (issued == null ? "（未交办）" : Dates.chinese(issued)))
                .add(Paper.Kind.NOTE, "本交办单由督办系统生成，编号 " + list.id() + "。")
                .build();
    }

    private static String targets(Assignment assignment, Figures figures) {
        return assignment.targets().stream()
                .map(t -> figures.target(assignment.itemCode(), t))
                .collect(Collectors.joining("\n"));
    }
}
