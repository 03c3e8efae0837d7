package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.util.List;

/**
 * One measure on the board: its clause and units as the text names them, the department that reviews it, its
 * parameters in force, the 细则 / 办事流程 filed and the districts whose 配套措施 are in, the cases and money the ledger
 * holds, and its targets' progress this year.
 */
public record MeasureSummary(
        int number,
        String clauseId,
        String numberLabel,
        String heading,
        String text,
        List<String> leadUnits,
        List<String> responsibleUnits,
        String reviewDepartment,
        String handling,
        String page,
        boolean pays,
        List<ParameterValue> parameters,
        List<FilingView> rules,
        List<FilingView> districtMeasures,
        int districts,
        Money money,
        List<TargetProgress> targets) {

    /** The ledger's cases and money of the measure, amounts as the API writes them ("100000.00"). */
    public record Money(long grants, String committed, String paid) {

        static Money of(ClauseFunding.Figures f) {
            return new Money(f.grants(), f.committed().toString(), f.paid().toString());
        }
    }

    /** How many districts have filed their 配套措施 for the measure. */
    public long districtsDelivered() {
        return districtMeasures.stream()
                .map(FilingView::districtCode)
                .distinct()
                .count();
    }

    /** The lead units as the text lists them: 市人社局、市科技局. */
    public String leadText() {
        return String.join("、", leadUnits);
    }

    public String responsibleText() {
        return String.join("、", responsibleUnits);
    }

    public boolean rulesDelivered() {
        return !rules.isEmpty();
    }
}
