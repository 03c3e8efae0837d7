package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.io.Serializable;

/** A row of an upload as the hire it became, with the eligibility decided for it that day. */
public record ImportedHire(
        int row, long hireId, String name, String degree, boolean eligible, boolean exceptionRequired)
        implements Serializable {

    static ImportedHire of(int row, Hire h) {
        return new ImportedHire(
                row,
                h.id(),
                h.person().name(),
                h.facts().degree().name(),
                h.eligibility().eligible(),
                h.eligibility().exceptionRequired());
    }
}
