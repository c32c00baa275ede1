package cn.duban.ui.spreadsheet;

/**
 * One thing wrong with an imported workbook, where an office clerk finds it: the sheet, the row as Excel numbers it
 * (from 1; 0 when the problem is the sheet's as a whole) and the column letter (empty for a whole row or sheet).
 * {@code field} repeats the place in the form {@code 任务分解!C5}, so the problem keeps docs/API.md's {field, message}.
 */
public record CellProblem(String field, String message, String sheet, int row, String column) {

    /** {@code column} empty means the whole row, written as Excel writes it: {@code 任务分解!2:2}. */
    public static CellProblem at(String sheet, int row, String column, String message) {
        String place = sheet + (row <= 0 ? "" : column.isEmpty() ? "!" + row + ":" + row : "!" + column + row);
        return new CellProblem(place, message, sheet, row, column);
    }

    public static CellProblem ofSheet(String sheet, String message) {
        return at(sheet, 0, "", message);
    }
}
