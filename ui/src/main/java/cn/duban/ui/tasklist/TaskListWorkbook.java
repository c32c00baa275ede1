package cn.duban.ui.tasklist;

import cn.duban.api.Indicator;
import cn.duban.api.PlanItem;
import cn.duban.query.organization.OrganizationView;
import cn.duban.query.workplan.WorkPlanView;
import cn.duban.ui.spreadsheet.SheetReader;
import cn.duban.ui.spreadsheet.WorkbookReading;
import cn.duban.ui.spreadsheet.WorkbookWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task list as an Excel workbook made for one published plan: 交办单 (the plan's id, the list's number, title and
 * deadline), 任务分解 (one row per assignment: item, responsible organization by code or name, weight, an optional
 * own deadline, then one column per indicator of the plan holding the target), and for reference the plan's 要点
 * and the registered 组织, which the drop-down lists offer. Read back into the {@link TaskListRequest} of
 * {@code POST /api/task-lists}, each field remembering its cell; whether items, indicators and organizations fit is
 * {@link TaskListDrafting}'s and the aggregate's to say, as for the API.
 */
final class TaskListWorkbook {

    static final String HEAD = "交办单";
    static final String ASSIGNMENTS = "任务分解";
    static final String ITEMS = "要点";
    static final String ORGANIZATIONS = "组织";
    private static final List<String> HEAD_HEADER = List.of("项目", "内容");
    private static final List<String> HEAD_ROWS = List.of("工作计划编号", "编号", "标题", "完成时限");
    private static final List<String> FIXED = List.of("要点编号", "责任单位", "权重", "完成时限（不填同交办单）");
    /** An indicator column's header ends with its code in brackets: 新增工会组织（new_unions）. */
    private static final Pattern CODE = Pattern.compile("[（(]([^（()）]+)[)）]$");

    private TaskListWorkbook() {
    }

    static byte[] template(WorkPlanView plan, List<OrganizationView> organizations) {
        WorkbookWriter book = new WorkbookWriter();
        var head = book.sheet(HEAD).header(HEAD_HEADER, 16, 60);
        head.row(HEAD_ROWS.get(0), plan.id());
        head.row(HEAD_ROWS.get(1), null);
        head.row(HEAD_ROWS.get(2), null);
        head.row(HEAD_ROWS.get(3), null);
        head.row();   // the labels end here: the note below is for people
        head.note("工作计划：" + plan.title() + "。编号如“督交〔2018〕3号”，完成时限如 2018-12-31。", 2);

        List<String> header = new ArrayList<>(FIXED);
        List<Integer> widths = new ArrayList<>(List.of(10, 24, 8, 14));
        for (PlanItem item : plan.items()) {
            for (Indicator indicator : item.indicators()) {
                header.add(item.code() + " " + indicator.name() + "（" + indicator.code() + "）");
                widths.add(18);
            }
        }
        book.sheet(ASSIGNMENTS).header(header, widths.stream().mapToInt(Integer::intValue).toArray())
                .dropdownFrom(0, ITEMS, "A", plan.items().size())
                .dropdownFrom(1, ORGANIZATIONS, "B", organizations.size());

        var items = book.sheet(ITEMS).header(List.of("要点编号", "要点内容", "指标"), 10, 60, 60);
        for (PlanItem item : plan.items()) {
            items.row(item.code(), item.title(), String.join("\n", item.indicators().stream()
                    .map(i -> i.code() + " " + i.name() + (i.target() == null ? "" : "，全市目标 "
                            + i.target().stripTrailingZeros().toPlainString() + (i.unit() == null ? "" : i.unit())))
                    .toList()));
        }
        var orgs = book.sheet(ORGANIZATIONS).header(List.of("组织代码", "名称", "上级"), 16, 40, 16);
        organizations.forEach(o -> orgs.row(o.code(), o.name(), o.parent()));
        return book.bytes();
    }

    /** The request the rows describe; an organization may be named by code or by its exact name. */
    static TaskListRequest read(WorkbookReading reading, List<OrganizationView> organizations) {
        var head = reading.sheet(HEAD).filter(s -> s.expectHeader(HEAD_HEADER)).map(s -> s.labelled(HEAD_ROWS));
        List<TaskListRequest.AssignmentRequest> assignments = new ArrayList<>();
        reading.sheet(ASSIGNMENTS).filter(s -> s.expectHeader(FIXED)).ifPresent(sheet -> {
            Map<Integer, String> indicatorColumns = indicatorColumns(sheet);
            for (int row = 1; row <= sheet.lastRow(); row++) {
                if (sheet.blank(row)) {
                    continue;
                }
                String field = "assignments[" + assignments.size() + "]";
                sheet.placeRow(row, field);
                String organization = sheet.text(row, 1, field + ".organization");
                Map<String, BigDecimal> targets = new LinkedHashMap<>();
                for (var column : indicatorColumns.entrySet()) {
                    BigDecimal target = sheet.number(row, column.getKey(), field + ".targets." + column.getValue());
                    if (target != null) {
                        targets.put(column.getValue(), target);
                    }
                }
                assignments.add(new TaskListRequest.AssignmentRequest(sheet.text(row, 0, field + ".itemCode"),
                        code(organization, organizations), targets, sheet.number(row, 2, field + ".weight"),
                        sheet.date(row, 3, field + ".dueDate")));
            }
            sheet.place(0, 0, "assignments");
        });
        return new TaskListRequest(head.map(h -> h.text(HEAD_ROWS.get(0), "workPlanId")).orElse(null),
                head.map(h -> h.text(HEAD_ROWS.get(1), "number")).orElse(null),
                head.map(h -> h.text(HEAD_ROWS.get(2), "title")).orElse(null),
                head.map(h -> h.date(HEAD_ROWS.get(3), "dueDate")).orElse(null), assignments);
    }

    private static Map<Integer, String> indicatorColumns(SheetReader sheet) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int col = FIXED.size(); ; col++) {
            String header = sheet.text(0, col, "header");
            if (header == null) {
                return columns;
            }
            Matcher code = CODE.matcher(header);
            if (code.find()) {
                columns.put(col, code.group(1).strip());
            } else {
                sheet.problem(0, col, "指标列的表头须以（指标编号）结尾，如“新增工会组织（new_unions）”");
            }
        }
    }

    private static String code(String typed, List<OrganizationView> organizations) {
        if (typed == null) {
            return null;
        }
        return organizations.stream().filter(o -> o.code().equals(typed) || o.name().equals(typed))
                .map(OrganizationView::code).findFirst().orElse(typed);
    }
}
