package cn.longyuan.market.application.imports;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import java.util.List;

/** The file as a whole cannot be read (empty, too large, not UTF-8, no workbook): a 400 naming {@code file}. */
public class ImportFileException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public ImportFileException(ImportProblem problem) {
        super(
                Reason.VALIDATION,
                "The file cannot be imported: " + problem.message() + ".",
                List.of(new FieldViolation(ImportProblem.FILE, problem.message())));
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
