package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import java.time.LocalDate;

/** 解释口径 as the API and pages show it next to its clause. */
public record InterpretationView(long id, String clauseId, LocalDate issuedOn, String documentNumber, String text) {

    static InterpretationView of(Interpretation i) {
        return new InterpretationView(i.id(), i.clauseId(), i.issuedOn(), i.documentNumber(), i.text());
    }
}
