package cn.duban.ui.spreadsheet;

import cn.duban.api.FieldError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One import's reading of a workbook: the problems found in its cells, and for every request field read from a
 * cell the place it came from, so that what the API would refuse (the same checks, run on the request built from
 * the rows) is told at the sheet, row and column a clerk can find.
 */
public final class WorkbookReading {

    private final Workbook workbook;
    private final List<CellProblem> problems = new ArrayList<>();
    private final Map<String, CellProblem> places = new HashMap<>();

    public WorkbookReading(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The named sheet, or empty with a problem recorded. */
    public Optional<SheetReader> sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(CellProblem.ofSheet(name, "缺少工作表“" + name + "”，请使用下载的模板"));
            return Optional.empty();
        }
        return Optional.of(new SheetReader(this, sheet));
    }

    void problem(CellProblem problem) {
        problems.add(problem);
    }

    void place(String field, CellProblem place) {
        places.put(field, place);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the problems found so far, if any. */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
    }

    /**
     * The refusal of a request built from this workbook, each field error at its cell; a field no cell gave (such
     * as "at least one assignment") falls back to the row or sheet of its nearest parent field.
     */
    public ImportRefusedException refusal(List<FieldError> errors) {
        List<CellProblem> all = new ArrayList<>(problems);
        for (FieldError error : errors) {
            all.add(placeOf(error.field())
                    .map(p -> CellProblem.at(p.sheet(), p.row(), p.column(), error.message()))
                    .orElseGet(() -> CellProblem.ofSheet("", error.field() + " " + error.message())));
        }
        return new ImportRefusedException(all);
    }

    private Optional<CellProblem> placeOf(String field) {
        for (String f = field; !f.isEmpty(); f = parent(f)) {
            CellProblem place = places.get(f);
            if (place != null) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** {@code a[1].b} → {@code a[1]} → {@code a} → empty. */
    private static String parent(String field) {
        int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return cut <= 0 ? "" : field.substring(0, cut);
    }
}
