/**
 * Excel files (.xlsx) in and out: {@link cn.duban.ui.spreadsheet.UploadedWorkbook} opens an upload only when it is
 * a plain workbook of a bounded size (no macros, no formulas, no zip bomb), {@link cn.duban.ui.spreadsheet.SheetReader}
 * reads its cells and remembers where each request field came from, so that every refusal names its sheet, row and
 * column ({@link cn.duban.ui.spreadsheet.CellProblem}); {@link cn.duban.ui.spreadsheet.WorkbookWriter} writes the
 * templates and exports in one house style. What the rows mean is the business of the packages that import them.
 */
package cn.duban.ui.spreadsheet;
