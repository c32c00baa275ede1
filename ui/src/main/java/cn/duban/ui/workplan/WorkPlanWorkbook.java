package cn.duban.ui.workplan;

import cn.duban.api.Indicator;
import cn.duban.api.PlanItem;
import cn.duban.ui.paperwork.Words;
import cn.duban.ui.spreadsheet.SheetReader;
import cn.duban.ui.spreadsheet.WorkbookReading;
import cn.duban.ui.spreadsheet.WorkbookWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A work plan as an Excel workbook, both ways: three sheets (计划: year, title, issuer, framework; 工作要点: one
 * row per item; 指标: one row per indicator, naming its item), as the template to fill, as the export of a plan, and
 * read back into the {@link WorkPlanDocument} that {@code POST /api/work-plans} takes, each field remembering its
 * cell. Reading checks only what a cell itself can say (a number, a word of a list); the plan's own rules are the
 * aggregate's, run on the document as for the API.
 */
final class WorkPlanWorkbook {

    static final String PLAN = "计划";
    static final String ITEMS = "工作要点";
    static final String INDICATORS = "指标";
    private static final List<String> PLAN_HEADER = List.of("项目", "内容");
    private static final List<String> PLAN_ROWS = List.of("年度", "标题", "印发单位", "工作框架");
    private static final List<String> ITEM_HEADER = List.of("要点编号", "类别", "要点内容");
    private static final List<String> INDICATOR_HEADER = List.of("要点编号", "指标编号", "指标名称", "单位", "类型",
            "比较", "目标值", "汇总方式", "验收清单（每行一项）");

    private WorkPlanWorkbook() {
    }

    /** The plan as a workbook; an empty document gives the template. */
    static byte[] write(WorkPlanDocument plan) {
        WorkbookWriter book = new WorkbookWriter();
        var head = book.sheet(PLAN).header(PLAN_HEADER, 12, 80);
        head.row(PLAN_ROWS.get(0), plan.year() == 0 ? null : plan.year());
        head.row(PLAN_ROWS.get(1), plan.title());
        head.row(PLAN_ROWS.get(2), plan.issuer());
        head.row(PLAN_ROWS.get(3), plan.framework());

        var items = book.sheet(ITEMS).header(ITEM_HEADER, 12, 12, 80)
                .dropdown(1, List.copyOf(Words.CATEGORIES.values()));
        var indicators = book.sheet(INDICATORS).header(INDICATOR_HEADER, 12, 28, 40, 8, 10, 10, 10, 12, 40)
                .dropdown(4, List.copyOf(Words.KINDS.values()))
                .dropdown(5, List.copyOf(Words.COMPARATORS.values()))
                .dropdown(7, List.copyOf(Words.ROLLUPS.values()));
        for (PlanItem item : plan.items()) {
            items.row(item.code(), Words.category(item.category()), item.title());
            for (Indicator i : item.indicators()) {
                indicators.row(item.code(), i.code(), i.name(), i.unit(), word(Words.KINDS, i.kind()),
                        word(Words.COMPARATORS, i.comparator()), i.target(), word(Words.ROLLUPS, i.rollup()),
                        i.checklist().isEmpty() ? null : String.join("\n", i.checklist()));
            }
        }
        return book.bytes();
    }

    static WorkPlanDocument template() {
        return new WorkPlanDocument(0, null, null, null, List.of());
    }

    /** The document the rows describe; the problems of single cells are recorded in {@code reading}. */
    static WorkPlanDocument read(WorkbookReading reading) {
        var head = reading.sheet(PLAN).filter(s -> s.expectHeader(PLAN_HEADER)).map(s -> s.labelled(PLAN_ROWS));
        BigDecimal year = head.map(h -> h.number(PLAN_ROWS.get(0), "year")).orElse(null);
        String planTitle = head.map(h -> h.text(PLAN_ROWS.get(1), "title")).orElse(null);
        String issuer = head.map(h -> h.text(PLAN_ROWS.get(2), "issuer")).orElse(null);
        String framework = head.map(h -> h.text(PLAN_ROWS.get(3), "framework")).orElse(null);
        List<String> codes = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        reading.sheet(ITEMS).filter(s -> s.expectHeader(ITEM_HEADER)).ifPresent(sheet -> {
            for (int row = 1; row <= sheet.lastRow(); row++) {
                if (sheet.blank(row)) {
                    continue;
                }
                String field = "items[" + items.size() + "]";
                sheet.placeRow(row, field);
                String code = sheet.text(row, 0, field + ".code");
                String category = sheet.text(row, 1, field + ".category");
                String title = sheet.text(row, 2, field + ".title");
                codes.add(code);
                items.add(new PlanItem(code, category == null ? null
                        : Words.code(Words.CATEGORIES, category).orElse(category), title, List.of()));
            }
        });
        List<List<Indicator>> indicators = new ArrayList<>();
        items.forEach(item -> indicators.add(new ArrayList<>()));
        reading.sheet(INDICATORS).filter(s -> s.expectHeader(INDICATOR_HEADER)).ifPresent(sheet -> {
            for (int row = 1; row <= sheet.lastRow(); row++) {
                if (sheet.blank(row)) {
                    continue;
                }
                String itemCode = sheet.text(row, 0, "indicator.item");
                int item = itemCode == null ? -1 : codes.indexOf(itemCode);
                if (item < 0) {
                    sheet.problem(row, 0, itemCode == null ? "须填写所属要点编号"
                            : "“" + ITEMS + "”中没有编号为 " + itemCode + " 的要点");
                    continue;
                }
                String field = "items[" + item + "].indicators[" + indicators.get(item).size() + "]";
                sheet.placeRow(row, field);
                indicators.get(item).add(new Indicator(sheet.text(row, 1, field + ".code"),
                        sheet.text(row, 2, field + ".name"), sheet.text(row, 3, field + ".unit"),
                        choice(sheet, row, 4, field + ".kind", Words.KINDS),
                        choice(sheet, row, 5, field + ".comparator", Words.COMPARATORS),
                        sheet.number(row, 6, field + ".target"),
                        choice(sheet, row, 7, field + ".rollup", Words.ROLLUPS),
                        checklist(sheet, row, field)));
            }
        });
        List<PlanItem> complete = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            complete.add(new PlanItem(item.code(), item.category(), item.title(), indicators.get(i)));
        }
        return new WorkPlanDocument(year == null ? 0 : year.intValue(), planTitle, issuer, framework, complete);
    }

    private static <K> K choice(SheetReader sheet, int row, int col, String field, Map<K, String> words) {
        String typed = sheet.text(row, col, field);
        if (typed == null) {
            return null;
        }
        Optional<K> code = Words.code(words, typed);
        if (code.isEmpty()) {
            sheet.problem(row, col, "应为 " + String.join("、", words.values()) + " 之一，填的是“" + typed + "”");
        }
        return code.orElse(null);
    }

    private static List<String> checklist(SheetReader sheet, int row, String field) {
        String text = sheet.text(row, 8, field + ".checklist");
        if (text == null) {
            return List.of();
        }
        List<String> lines = Arrays.stream(text.split("[\\n；;]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (int k = 0; k < lines.size(); k++) {
            sheet.place(row, 8, field + ".checklist[" + k + "]");
        }
        return lines;
    }

    private static <K> String word(Map<K, String> words, K code) {
        return code == null ? null : words.get(code);
    }
}
