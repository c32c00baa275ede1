package cn.duban.ui.paperwork;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel imports of plans and task lists: a workbook goes the API's way, all of it or nothing, and every mistake is
 * told at its sheet, row and column in Chinese; hostile files are refused before a row is read. Each refusal leaves
 * the event store as it was.
 */
class ImportsIT extends PostgresIntegrationTest {

    private static final String PLAN = "/api/work-plans/wp-2018";

    @Test
    void a_plan_exported_as_a_workbook_imports_as_the_same_plan() {
        byte[] book = api.download("office", PLAN + "/workbook").getBody();

        JsonNode created = api.ok(api.upload("office", "/api/work-plans/import", "计划.xlsx", book));

        JsonNode original = api.ok(api.get("office", PLAN));
        JsonNode imported = api.ok(api.get("office", "/api/work-plans/" + created.get("id").asText()));
        assertThat(imported.get("status").asText()).isEqualTo("DRAFT");
        assertThat(imported.get("title")).isEqualTo(original.get("title"));
        assertThat(imported.get("year")).isEqualTo(original.get("year"));
        assertThat(imported.get("items")).isEqualTo(original.get("items"));
        assertThat(imported.get("items").size()).isGreaterThan(10);
    }

    @Test
    void the_plan_template_has_the_sheets_headers_and_lists_a_clerk_fills() {
        var response = api.download("office", "/api/work-plans/import-template");
        assertThat(response.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("工作计划导入模板.xlsx");
        try (var book = Workbooks.open(response.getBody())) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("计划", "工作要点", "指标");
            assertThat(Workbooks.rows(book.getSheet("指标"), 0).get(0)).startsWith("要点编号", "指标编号", "指标名称");
            assertThat(book.getSheet("指标").getDataValidations()).hasSize(3);
            assertThat(Workbooks.rows(book.getSheet("工作要点"), 1)).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_plan_with_mistakes_imports_nothing_and_names_every_cell_in_chinese() {
        byte[] book = api.download("office", PLAN + "/workbook").getBody();
        int[] percentRow = {-1};
        byte[] wrong = Workbooks.edit(book, workbook -> {
            Workbooks.cell(workbook.getSheet("计划"), 2, 1).setBlank();                  // 计划!B3: no title
            Sheet indicators = workbook.getSheet("指标");
            Workbooks.cell(indicators, 1, 4).setCellValue("件数");                       // 指标!E2: no such kind
            Workbooks.cell(indicators, 2, 6).setCellFormula("1+1");                     // 指标!G3: a formula
            Workbooks.cell(indicators, 3, 6).setCellValue("很多");                       // 指标!G4: not a number
            for (int row = 4; percentRow[0] < 0; row++) {
                if ("百分比".equals(Workbooks.cell(indicators, row, 4).getStringCellValue())) {
                    percentRow[0] = row;
                    Workbooks.cell(indicators, row, 6).setCellValue(150);               // over 100 per cent
                }
            }
            int last = indicators.getLastRowNum() + 1;
            Workbooks.cell(indicators, last, 0).setCellValue("Z9");                     // no such item
            Workbooks.cell(indicators, last, 1).setCellValue("ghost");
        });
        long events = eventCount();

        ResponseEntity<JsonNode> refused = api.upload("office", "/api/work-plans/import", "计划.xlsx", wrong);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        List<String> said = said(refused);
        int lastRow = Workbooks.open(wrong).getSheet("指标").getLastRowNum() + 1;
        assertThat(said).contains(
                "计划!B3 不能为空",
                "指标!E2 应为 数量、百分比、里程碑 之一，填的是“件数”",
                "指标!G3 不接受公式，请复制后“选择性粘贴”为数值",
                "指标!G4 须为数字，填的是“很多”",
                "指标!G" + (percentRow[0] + 1) + " 百分比不能超过 100",
                "指标!A" + lastRow + " “工作要点”中没有编号为 Z9 的要点");
        JsonNode first = refused.getBody().get("errors").get(0);
        assertThat(first.get("sheet").asText()).isNotEmpty();
        assertThat(first.get("row").asInt()).isPositive();
        assertThat(first.get("column").asText()).isNotEmpty();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void a_task_list_filled_into_its_template_imports_as_drafted() {
        byte[] template = api.download("office", "/api/task-lists/import-template?workPlan=wp-2018").getBody();
        String number = "督交〔2018〕" + System.nanoTime() + "号";
        byte[] filled = Workbooks.edit(template, workbook -> {
            Sheet head = workbook.getSheet("交办单");
            assertThat(Workbooks.cell(head, 1, 1).getStringCellValue()).isEqualTo("wp-2018");
            Workbooks.cell(head, 2, 1).setCellValue(number);
            Workbooks.cell(head, 3, 1).setCellValue("爱心驿站建设");
            Workbooks.cell(head, 4, 1).setCellValue("2018-10-31");
            Sheet rows = workbook.getSheet("任务分解");
            int stations = column(rows, "（love_stations）");
            Workbooks.cell(rows, 1, 0).setCellValue("S4");
            Workbooks.cell(rows, 1, 1).setCellValue("界首镇");                           // by name
            Workbooks.cell(rows, 1, 2).setCellValue(2);
            Workbooks.cell(rows, 1, stations).setCellValue(3);
            Workbooks.cell(rows, 2, 0).setCellValue("S4");
            Workbooks.cell(rows, 2, 1).setCellValue("linze");                            // by code
            Workbooks.cell(rows, 2, 2).setCellValue(1);
            Workbooks.cell(rows, 2, 3).setCellValue("2018/9/30");
            Workbooks.cell(rows, 2, stations).setCellValue(2);
        });

        String id = api.ok(api.upload("office", "/api/task-lists/import", "交办单.xlsx", filled)).get("id").asText();
        readSide.caughtUp();

        JsonNode list = api.ok(api.get("office", "/api/task-lists/" + id));
        assertThat(list.get("number").asText()).isEqualTo(number);
        assertThat(list.get("dueDate").asText()).isEqualTo("2018-10-31");
        JsonNode assignments = list.get("assignments");
        assertThat(assignments).hasSize(2);
        assertThat(assignments.get(0).get("organization").asText()).isEqualTo("jieshou");
        assertThat(assignments.get(0).get("targets").get(0).get("indicator").asText()).isEqualTo("love_stations");
        assertThat(assignments.get(0).get("targets").get(0).get("target").decimalValue()).isEqualByComparingTo("3");
        assertThat(assignments.get(1).get("dueDate").asText()).isEqualTo("2018-09-30");
    }

    @Test
    void a_task_list_with_mistakes_imports_nothing_and_names_every_cell() {
        byte[] template = api.download("office", "/api/task-lists/import-template?workPlan=wp-2018").getBody();
        byte[] wrong = Workbooks.edit(template, workbook -> {
            Sheet head = workbook.getSheet("交办单");
            Workbooks.cell(head, 2, 1).setCellValue("督交〔2018〕99号");
            Workbooks.cell(head, 3, 1).setCellValue("有错的交办单");
            Workbooks.cell(head, 4, 1).setCellValue(20181031);                           // 交办单!B5: a bare number
            Sheet rows = workbook.getSheet("任务分解");
            int stations = column(rows, "（love_stations）");
            int unions = column(rows, "（new_unions）");
            Workbooks.cell(rows, 1, 0).setCellValue("S4");
            Workbooks.cell(rows, 1, 1).setCellValue("火星镇");                           // 任务分解!B2
            Workbooks.cell(rows, 1, 2).setCellValue(1);
            Workbooks.cell(rows, 1, stations).setCellValue(3);
            Workbooks.cell(rows, 1, unions).setCellValue(5);                            // not an indicator of S4
            Workbooks.cell(rows, 2, 0).setCellValue("X1");                              // 任务分解!A3
            Workbooks.cell(rows, 2, 1).setCellValue("linze");
            Workbooks.cell(rows, 2, 2).setCellValue(1);
        });
        long events = eventCount();

        ResponseEntity<JsonNode> refused = api.upload("office", "/api/task-lists/import", "交办单.xlsx", wrong);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        String unionsColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(
                column(Workbooks.open(wrong).getSheet("任务分解"), "（new_unions）"));
        assertThat(said(refused)).contains(
                "交办单!B5 须为日期，如 2018-06-30，填的是数字 20181031",
                "任务分解!B2 不是已登记的组织",
                "任务分解!" + unionsColumn + "2 不是要点 S4 的指标",
                "任务分解!A3 不是该工作计划的要点");
        assertThat(eventCount()).isEqualTo(events);

        // what only the aggregate checks (the weight) is told at its cell too
        byte[] weightless = Workbooks.edit(template, workbook -> {
            Sheet head = workbook.getSheet("交办单");
            Workbooks.cell(head, 2, 1).setCellValue("督交〔2018〕98号");
            Workbooks.cell(head, 3, 1).setCellValue("权重为零的交办单");
            Workbooks.cell(head, 4, 1).setCellValue("2018-10-31");
            Sheet rows = workbook.getSheet("任务分解");
            Workbooks.cell(rows, 1, 0).setCellValue("S4");
            Workbooks.cell(rows, 1, 1).setCellValue("linze");
            Workbooks.cell(rows, 1, 2).setCellValue(0);
        });
        assertThat(said(api.upload("office", "/api/task-lists/import", "交办单.xlsx", weightless)))
                .containsExactly("任务分解!C2 必须大于 0");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void hostile_and_foreign_files_are_refused_before_a_row_is_read() {
        byte[] book = api.download("office", PLAN + "/workbook").getBody();
        long events = eventCount();

        assertThat(refusal("计划.xlsm", Workbooks.withMacros(book))).contains("不接受含宏的工作簿");
        assertThat(refusal("bomb.xlsx", Workbooks.inflatingTo(book, 100))).contains("压缩炸弹");
        assertThat(refusal("old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0})).contains("另存为 .xlsx");
        assertThat(refusal("notes.xlsx", "年度,标题\n2018,计划".getBytes())).contains("不是 Excel 工作簿");
        assertThat(refusal("big.xlsx", new byte[3 * 1024 * 1024])).contains("文件超过 2 MB 上限");
        assertThat(refusal("empty.xlsx", new byte[0])).contains("请选择要导入的 .xlsx 文件");
        assertThat(api.upload("office", "/api/work-plans/import", "huge.xlsx", new byte[21 * 1024 * 1024])
                .getStatusCode().value()).isEqualTo(413);
        assertThat(api.upload("jieshou", "/api/work-plans/import", "计划.xlsx", book).getStatusCode().value())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    private String refusal(String name, byte[] content) {
        ResponseEntity<JsonNode> refused = api.upload("office", "/api/work-plans/import", name, content);
        assertThat(refused.getStatusCode().value()).as("%s: %s", name, refused.getBody()).isEqualTo(400);
        return String.join("; ", said(refused));
    }

    /** Each error as "place message", the place as the clerk finds it. */
    private static List<String> said(ResponseEntity<JsonNode> refused) {
        List<String> said = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> said.add((e.get("field").asText() + " "
                + e.get("message").asText()).strip()));
        return said;
    }

    private static int column(Sheet sheet, String headerEnd) {
        var header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().endsWith(headerEnd)) {
                return c;
            }
        }
        throw new AssertionError("no column ending " + headerEnd);
    }
}
