package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.hire.control.RowProblem;
import java.util.List;

/**
 * An upload refused whole (400): every problem of every row, each as field {@code rows[5].idNumber} (or {@code
 * rows[3]} for a whole row, {@code file} for the file) with its reason; nothing of the file was written.
 */
public class HireImportRefused extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    public HireImportRefused(List<RowProblem> problems) {
        super(problems.stream().map(HireImportRefused::error).toList());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static FieldError error(RowProblem p) {
        FieldError r = p.reason();
        return new FieldError(p.field(), r.bundle(), r.messageKey(), r.arguments());
    }
}
