package cn.gov.baotou.talent.intake.hire.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An upload imported whole: its id and ticket, the file, and each row's hire. {@code eligible}, {@code
 * exceptionRequired} and {@code notEligible} count the decisions: every row is submitted, as one by one, and the city
 * office verifies or refuses each.
 */
public record HireImportResult(
        long importId,
        String ticket,
        String fileName,
        int rows,
        long eligible,
        long exceptionRequired,
        long notEligible,
        List<ImportedHire> hires)
        implements Serializable {

    static HireImportResult of(long importId, String ticket, String fileName, List<ImportedHire> hires) {
        long eligible = hires.stream().filter(ImportedHire::eligible).count();
        long exception = hires.stream().filter(ImportedHire::exceptionRequired).count();
        return new HireImportResult(
                importId,
                ticket,
                fileName,
                hires.size(),
                eligible,
                exception,
                hires.size() - eligible - exception,
                List.copyOf(hires));
    }
}
