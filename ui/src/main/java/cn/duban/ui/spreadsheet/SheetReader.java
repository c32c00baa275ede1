package cn.duban.ui.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one sheet's cells as text, numbers and dates the way a clerk types them (a code typed as a number, a date
 * as a date cell or as 2018-06-30, 2018/6/30 or 2018年6月30日), records where each field came from, and records a
 * problem instead of guessing: a formula, an error value, text where a number belongs. Rows and columns are
 * numbered from 0 here and shown from 1 and A, as Excel does.
 */
public final class SheetReader {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"));
    private static final Pattern SPACES = Pattern.compile("^[\\s\u3000]+|[\\s\u3000]+$");

    private final WorkbookReading reading;
    private final Sheet sheet;

    SheetReader(WorkbookReading reading, Sheet sheet) {
        this.reading = reading;
        this.sheet = sheet;
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** The index of the last row that has a cell, or -1. */
    public int lastRow() {
        return sheet.getLastRowNum();
    }

    /** A row with no value in any cell: the end of the data, or a gap a clerk left. */
    public boolean blank(int row) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return true;
        }
        for (Cell cell : r) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && clean(cell.getStringCellValue()).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The header the template puts in row 1; a different one means another file or a moved column. */
    public boolean expectHeader(List<String> headers) {
        boolean ok = true;
        for (int col = 0; col < headers.size(); col++) {
            Cell cell = cell(0, col);
            String found = cell == null || cell.getCellType() != CellType.STRING ? "" : clean(cell.getStringCellValue());
            if (!found.equals(headers.get(col))) {
                problem(0, col, "表头应为“" + headers.get(col) + "”，请使用下载的模板");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The sheet as labels and values (项目 | 内容, one label a row, the value beside it, down to the first blank row;
     * below it are notes for people): a label the template does not have is a problem at its cell; a label left out
     * reads as an empty value, for the request's checks to judge.
     */
    public Labelled labelled(List<String> labels) {
        Map<String, Integer> rows = new HashMap<>();
        for (int row = 1; row <= lastRow() && !blank(row); row++) {
            String label = text(row, 0, "label");
            if (labels.contains(label)) {
                rows.put(label, row);
            } else if (label != null) {
                problem(row, 0, "应为 " + String.join("、", labels) + " 之一");
            }
        }
        return new Labelled(rows);
    }

    /** The values beside the labels of {@link #labelled}, each read as its field and placed at its cell. */
    public final class Labelled {

        private final Map<String, Integer> rows;

        private Labelled(Map<String, Integer> rows) {
            this.rows = rows;
        }

        public String text(String label, String field) {
            return rows.containsKey(label) ? SheetReader.this.text(rows.get(label), 1, field) : null;
        }

        public BigDecimal number(String label, String field) {
            return rows.containsKey(label) ? SheetReader.this.number(rows.get(label), 1, field) : null;
        }

        public LocalDate date(String label, String field) {
            return rows.containsKey(label) ? SheetReader.this.date(rows.get(label), 1, field) : null;
        }
    }

    /** Marks the whole row as the place of {@code field}, such as one assignment. */
    public void placeRow(int row, String field) {
        reading.place(field, CellProblem.at(name(), row + 1, "", ""));
    }

    /** The place of {@code field} at this cell, for a value that was not read through this reader. */
    public void place(int row, int col, String field) {
        reading.place(field, CellProblem.at(name(), row + 1, column(col), ""));
    }

    /** Trimmed text, or null when blank. */
    public String text(int row, int col, String field) {
        place(row, col, field);
        Cell cell = readable(row, col);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case STRING -> clean(cell.getStringCellValue());
            case NUMERIC -> plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
        return text.isEmpty() ? null : text;
    }

    /** A number, or null when blank. */
    public BigDecimal number(int row, int col, String field) {
        place(row, col, field);
        Cell cell = readable(row, col);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(plain(BigDecimal.valueOf(cell.getNumericCellValue())));
        }
        String text = cell.getCellType() == CellType.STRING ? clean(cell.getStringCellValue()) : "";
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            problem(row, col, "须为数字，填的是“" + text + "”");
            return null;
        }
    }

    /** A day, or null when blank. */
    public LocalDate date(int row, int col, String field) {
        place(row, col, field);
        Cell cell = readable(row, col);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            // a bare number such as 20180630 is not a day Excel knows; guessing would move it by centuries
            problem(row, col, "须为日期，如 2018-06-30，填的是数字 " + plain(BigDecimal.valueOf(cell.getNumericCellValue())));
            return null;
        }
        String text = cell.getCellType() == CellType.STRING ? clean(cell.getStringCellValue()) : "";
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        problem(row, col, "须为日期，如 2018-06-30，填的是“" + text + "”");
        return null;
    }

    /** Records a problem at a cell. */
    public void problem(int row, int col, String message) {
        reading.problem(CellProblem.at(name(), row + 1, column(col), message));
    }

    /** Records a problem of a whole row. */
    public void problem(int row, String message) {
        reading.problem(CellProblem.at(name(), row + 1, "", message));
    }

    /** The cell when it holds a value that may be read: not blank, not a formula, not an error. */
    private Cell readable(int row, int col) {
        Cell cell = cell(row, col);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problem(row, col, "不接受公式，请复制后“选择性粘贴”为数值");
            return null;
        }
        if (cell.getCellType() == CellType.ERROR) {
            problem(row, col, "单元格是错误值，请改为数值或文字");
            return null;
        }
        return cell;
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    static String column(int col) {
        return CellReference.convertNumToColString(col);
    }

    private static String clean(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
