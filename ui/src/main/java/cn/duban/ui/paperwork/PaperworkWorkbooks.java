package cn.duban.ui.paperwork;

import cn.duban.query.assessment.RankedOrganization;
import cn.duban.query.status.OrganizationStatus;
import cn.duban.query.status.PlanItemProgress;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.workplan.WorkPlanView;
import cn.duban.ui.spreadsheet.WorkbookWriter;

import java.util.List;
import java.util.Map;

/** The 台账, the status board and the ranking as workbooks: a title, the moment they show, then one row each. */
final class PaperworkWorkbooks {

    private static final List<String> REGISTER = List.of("序号", "交办单", "责任单位", "要点编号", "要点内容",
            "完成时限", "目标", "最新报送", "差距", "完成率（%）", "状态", "督办灯", "得分", "权重");
    private static final List<String> BOARD = List.of("责任单位", "任务数", "已办结", "逾期", "未补差距",
            "完成率（%）", "加权得分", "督办灯");
    private static final List<String> ROLLUP = List.of("要点编号", "要点内容", "指标", "目标", "已报送", "完成率（%）");
    private static final List<String> RANKING = List.of("名次", "责任单位", "加权得分");

    private PaperworkWorkbooks() {
    }

    /** @param lists a task list's number by its id; @param names an organization's name by its code */
    static byte[] register(WorkPlanView plan, String moment, List<TaskDetails> tasks, Map<String, String> lists,
                           Map<String, String> names) {
        Figures figures = new Figures(plan);
        WorkbookWriter book = new WorkbookWriter();
        var sheet = book.sheet("台账").title(plan.title() + " 督查台账", REGISTER.size())
                .note(moment + "，共 " + tasks.size() + " 项任务", REGISTER.size())
                .header(REGISTER, 6, 18, 16, 8, 36, 12, 28, 28, 24, 10, 8, 8, 6, 6);
        int n = 1;
        for (TaskDetails task : tasks) {
            sheet.row(n++, lists.getOrDefault(task.taskListId(), task.taskListId()),
                    names.getOrDefault(task.organization(), task.organization()), task.itemCode(),
                    figures.item(task.itemCode()), task.dueDate(), figures.of(task, task.targets()),
                    figures.of(task, task.reported()), figures.gaps(task), Figures.percent(task.completion()),
                    Words.status(task.status()), Words.light(task.light()), task.score(), task.weight());
        }
        return book.bytes();
    }

    static byte[] board(WorkPlanView plan, String moment, List<OrganizationStatus> organizations,
                        List<PlanItemProgress> items) {
        Figures figures = new Figures(plan);
        WorkbookWriter book = new WorkbookWriter();
        var sheet = book.sheet("各单位进度").title(plan.title() + " 督查进度", BOARD.size())
                .note(moment, BOARD.size())
                .header(BOARD, 20, 8, 8, 8, 10, 12, 10, 8);
        for (OrganizationStatus o : organizations) {
            sheet.row(o.name(), o.tasks(), o.closed(), o.overdue(), o.openGaps(), Figures.percent(o.completion()),
                    o.score(), Words.light(o.light()));
        }
        var rollup = book.sheet("全市汇总").title(plan.title() + " 全市指标汇总", ROLLUP.size())
                .note(moment, ROLLUP.size())
                .header(ROLLUP, 8, 36, 30, 10, 10, 12);
        for (PlanItemProgress p : items) {
            rollup.row(p.itemCode(), figures.item(p.itemCode()), figures.indicatorName(p.itemCode(), p.indicator()),
                    p.target(), p.reported(), Figures.percent(p.completion()));
        }
        return book.bytes();
    }

    static byte[] ranking(WorkPlanView plan, String moment, List<RankedOrganization> ranking) {
        WorkbookWriter book = new WorkbookWriter();
        var sheet = book.sheet("排名").title(plan.title() + " 考核排名", RANKING.size())
                .note(moment, RANKING.size())
                .header(RANKING, 6, 24, 10);
        ranking.forEach(r -> sheet.row(r.rank(), r.name(), r.score()));
        return book.bytes();
    }
}
