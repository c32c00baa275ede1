package cn.duban.ui.spreadsheet;

import java.util.List;

/** An import refused as a whole, for every reason found at once; nothing of it was recorded. The API answers 400. */
public class ImportRefusedException extends RuntimeException {

    private final List<CellProblem> problems;

    public ImportRefusedException(List<CellProblem> problems) {
        super(problems.size() + " problems in the workbook");
        this.problems = List.copyOf(problems);
    }

    public ImportRefusedException(String message) {
        this(List.of(CellProblem.ofSheet("", message)));
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
