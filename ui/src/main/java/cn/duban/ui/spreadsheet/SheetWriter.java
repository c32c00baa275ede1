package cn.duban.ui.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a sheet in the house style of every template and export: an optional title and note above, a bold header
 * row that stays in view, wrapped text, dates as dates and figures as numbers (so a clerk can sum them). A text
 * that starts with {@code =} stays text: no value of ours becomes a formula.
 */
public final class SheetWriter {

    private final Sheet sheet;
    private final WorkbookWriter.Styles styles;
    private int next;

    SheetWriter(Sheet sheet, WorkbookWriter.Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** A title across {@code span} columns. */
    public SheetWriter title(String text, int span) {
        return merged(text, span, styles.title(), 26);
    }

    /** A line of explanation across {@code span} columns, such as "截至 2018-06-30". */
    public SheetWriter note(String text, int span) {
        return merged(text, span, styles.note(), -1);
    }

    /** The header row, frozen; widths in characters, one per header (or fewer: the rest stay default). */
    public SheetWriter header(List<String> headers, int... widths) {
        Row row = sheet.createRow(next);
        for (int col = 0; col < headers.size(); col++) {
            Cell cell = row.createCell(col);
            cell.setCellValue(headers.get(col));
            cell.setCellStyle(styles.header());
        }
        for (int col = 0; col < widths.length; col++) {
            sheet.setColumnWidth(col, Math.min(255, widths[col]) * 256);
        }
        sheet.createFreezePane(0, next + 1);
        next++;
        return this;
    }

    /** One data row: text, numbers, days; null leaves the cell empty. */
    public SheetWriter row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int col = 0; col < values.size(); col++) {
            Object value = values.get(col);
            Cell cell = row.createCell(col);
            cell.setCellStyle(value instanceof LocalDate ? styles.date() : styles.body());
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    public SheetWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** A drop-down list of {@code options} in column {@code col} for every data row a clerk may fill. */
    public SheetWriter dropdown(int col, List<String> options) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        return validate(col, helper.createExplicitListConstraint(options.toArray(String[]::new)), true);
    }

    /**
     * A drop-down list in column {@code col} of the values in column {@code fromColumn} (a letter), rows 2 to
     * {@code rows} + 1, of sheet {@code from}: for lists too long for Excel's 255 characters of an explicit list.
     */
    public SheetWriter dropdownFrom(int col, String from, String fromColumn, int rows) {
        if (rows == 0) {
            return this;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // a clerk may still type a name not (yet) in the list: the import says whether it is registered
        return validate(col, helper.createFormulaListConstraint(
                "'" + from + "'!$" + fromColumn + "$2:$" + fromColumn + "$" + (rows + 1)), false);
    }

    private SheetWriter validate(int col, DataValidationConstraint constraint, boolean strict) {
        var validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(next, UploadedWorkbook.MAX_ROWS - 1, col, col));
        validation.setShowErrorBox(strict);
        sheet.addValidationData(validation);
        return this;
    }

    private SheetWriter merged(String text, int span, CellStyle style, float height) {
        Row row = sheet.createRow(next);
        if (height > 0) {
            row.setHeightInPoints(height);
        }
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (span > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, span - 1));
        }
        next++;
        return this;
    }
}
