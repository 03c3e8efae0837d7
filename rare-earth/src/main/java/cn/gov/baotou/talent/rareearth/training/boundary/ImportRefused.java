package cn.gov.baotou.talent.rareearth.training.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.training.control.RowProblem;
import java.util.List;

/**
 * A file refused whole (400): every problem named as field {@code rows[5].STUDENT_NO} (or {@code rows[1].file} for the
 * file or its header) with its reason; nothing of the file was imported.
 */
public class ImportRefused extends InvalidInput {

    private final transient List<RowProblem> problems;

    public ImportRefused(List<RowProblem> problems) {
        super(problems.stream().map(ImportRefused::error).toList());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static FieldError error(RowProblem p) {
        String field = "rows[" + p.row() + "]."
                + (p.column() == null ? "file" : p.column().name());
        return new FieldError(field, RareEarthMessages.BUNDLE, p.messageKey(), p.arguments());
    }
}
