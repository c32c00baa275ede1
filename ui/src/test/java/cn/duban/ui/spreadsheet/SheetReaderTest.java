package cn.duban.ui.spreadsheet;

import cn.duban.api.FieldError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cells as clerks type them, read without guessing; each problem and each API refusal told at its cell. */
class SheetReaderTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Row row = workbook.createSheet("任务分解").createRow(1);
    private final WorkbookReading reading = new WorkbookReading(workbook);
    private final SheetReader sheet = reading.sheet("任务分解").orElseThrow();

    @Test
    void days_are_read_as_clerks_write_them_and_a_bare_number_is_not_a_day() {
        row.createCell(0).setCellValue("2018-6-30");
        row.createCell(1).setCellValue("2018/06/30");
        row.createCell(2).setCellValue("2018年6月30日");
        row.createCell(3).setCellValue(LocalDate.of(2018, 6, 30));
        row.getCell(3).setCellStyle(dateStyle());
        row.createCell(4).setCellValue(20180630);
        row.createCell(5).setCellValue("六月底");

        for (int col = 0; col < 4; col++) {
            assertThat(sheet.date(1, col, "d" + col)).isEqualTo(LocalDate.of(2018, 6, 30));
        }
        assertThat(sheet.date(1, 4, "d4")).isNull();
        assertThat(sheet.date(1, 5, "d5")).isNull();
        assertThat(problems()).containsExactly(
                "任务分解!E2 须为日期，如 2018-06-30，填的是数字 20180630",
                "任务分解!F2 须为日期，如 2018-06-30，填的是“六月底”");
    }

    @Test
    void numbers_may_be_typed_as_text_but_formulas_and_words_are_refused() {
        row.createCell(0).setCellValue(12.5);
        row.createCell(1).setCellValue(" 1,200 ");
        row.createCell(2).setCellValue("95%");
        row.createCell(3).setCellFormula("1+1");
        row.createCell(4).setCellValue("很多");

        assertThat(sheet.number(1, 0, "a")).isEqualByComparingTo("12.5");
        assertThat(sheet.number(1, 1, "b")).isEqualByComparingTo("1200");
        assertThat(sheet.number(1, 2, "c")).isEqualByComparingTo(BigDecimal.valueOf(95));
        assertThat(sheet.number(1, 3, "d")).isNull();
        assertThat(sheet.number(1, 4, "e")).isNull();
        assertThat(sheet.number(1, 9, "blank")).isNull();
        assertThat(problems()).containsExactly(
                "任务分解!D2 不接受公式，请复制后“选择性粘贴”为数值",
                "任务分解!E2 须为数字，填的是“很多”");
    }

    @Test
    void a_code_typed_as_a_number_reads_as_its_text_and_blank_rows_are_blank() {
        row.createCell(0).setCellValue(101);
        row.createCell(1).setCellValue("\u3000S4 ");
        workbook.getSheet("任务分解").createRow(2).createCell(0).setCellValue("  ");

        assertThat(sheet.text(1, 0, "code")).isEqualTo("101");
        assertThat(sheet.text(1, 1, "item")).isEqualTo("S4");
        assertThat(sheet.blank(2)).isTrue();
        assertThat(sheet.blank(1)).isFalse();
        assertThat(sheet.blank(7)).isTrue();
    }

    @Test
    void the_apis_refusals_are_told_at_the_cell_or_the_row_their_field_came_from() {
        sheet.placeRow(1, "assignments[0]");
        sheet.number(1, 2, "assignments[0].weight");

        var refusal = reading.refusal(List.of(new FieldError("assignments[0].weight", "必须大于 0"),
                new FieldError("assignments[0]", "要点 S4 已交办给 linze，不能重复交办"),
                new FieldError("assignments[0].targets.love_stations.kind", "必须填写"),
                new FieldError("number", "不能为空")));

        assertThat(refusal.problems().stream().map(p -> p.field() + " " + p.message()).toList()).containsExactly(
                "任务分解!C2 必须大于 0",
                "任务分解!2:2 要点 S4 已交办给 linze，不能重复交办",
                "任务分解!2:2 必须填写",
                " number 不能为空");
        assertThat(refusal.problems().get(0).column()).isEqualTo("C");
        assertThat(refusal.problems().get(0).row()).isEqualTo(2);
    }

    @Test
    void a_sheet_of_labels_reads_each_value_beside_its_label_down_to_the_first_blank_row() {
        var rows = workbook.getSheet("任务分解");
        rows.getRow(1).createCell(0).setCellValue("编号");
        rows.getRow(1).createCell(1).setCellValue("督交〔2018〕3号");
        rows.createRow(2).createCell(0).setCellValue("份数");
        rows.createRow(3).createCell(0).setCellValue("完成时限");
        rows.getRow(3).createCell(1).setCellValue("2018-10-31");
        rows.createRow(5).createCell(0).setCellValue("注：编号如“督交〔2018〕3号”");

        var labelled = sheet.labelled(List.of("编号", "标题", "完成时限"));

        assertThat(labelled.text("编号", "number")).isEqualTo("督交〔2018〕3号");
        assertThat(labelled.text("标题", "title")).as("left out: empty, for the request's checks").isNull();
        assertThat(labelled.date("完成时限", "dueDate")).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(problems()).containsExactly("任务分解!A3 应为 编号、标题、完成时限 之一");
    }

    @Test
    void a_missing_sheet_is_a_problem_of_its_own() {
        assertThat(reading.sheet("计划")).isEmpty();
        assertThatThrownBy(reading::refuseIfAny).isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).problems().get(0).message())
                        .isEqualTo("缺少工作表“计划”，请使用下载的模板"));
    }

    private List<String> problems() {
        try {
            reading.refuseIfAny();
            return List.of();
        } catch (ImportRefusedException e) {
            return e.problems().stream().map(p -> p.field() + " " + p.message()).toList();
        }
    }

    private org.apache.poi.ss.usermodel.CellStyle dateStyle() {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }
}
