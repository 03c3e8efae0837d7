package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationAction;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the API shows it: who, for whom, the facts, where it stands, the decision with every check in the
 * caller's language, the ledger grant (or the held grant it was refused for), and what the caller may do next.
 */
public record ApplicationView(
        long id,
        int measureNo,
        String clauseId,
        String status,
        long enterpriseId,
        String districtCode,
        String beneficiaryKind,
        Long personId,
        Facts facts,
        LocalDate submittedOn,
        String decidedYuan,
        String decisionReason,
        LocalDate decidedOn,
        Long grantId,
        Long heldGrantId,
        boolean eligible,
        String amountYuan,
        List<CheckView> checks,
        List<String> actions) {

    /** The facts stated, amounts as the API writes them ("100000.00"); see {@link ApplicationFacts}. */
    public record Facts(
            String subject,
            String category,
            Integer grade,
            String role,
            String referenceNo,
            String basisYuan,
            String taxYuan,
            Integer quantity,
            String rateYuan,
            String requestedYuan,
            boolean fullTime,
            LocalDate hiredOn,
            LocalDate periodStart,
            String apartment,
            LocalDate apartmentFrom) {

        static Facts of(ApplicationFacts f) {
            return new Facts(
                    f.subject(),
                    f.category(),
                    f.grade(),
                    f.role(),
                    f.referenceNo(),
                    text(f.basis()),
                    text(f.tax()),
                    f.quantity(),
                    text(f.rate()),
                    text(f.requested()),
                    f.fullTime(),
                    f.hiredOn(),
                    f.periodStart(),
                    f.apartment(),
                    f.apartmentFrom());
        }

        private static String text(Yuan y) {
            return y == null ? null : y.toString();
        }
    }

    static ApplicationView of(SupportApplication a, Decision d, List<ApplicationAction> actions, Messages m) {
        return new ApplicationView(
                a.id(),
                a.measureNo(),
                "rare-earth." + a.measureNo(),
                a.status().name(),
                a.enterpriseId(),
                a.districtCode(),
                a.beneficiaryKind().name(),
                a.personId(),
                Facts.of(a.facts()),
                a.submittedOn(),
                a.decidedYuan() == null ? null : a.decidedYuan().toString(),
                a.decisionReason(),
                a.decidedOn(),
                a.grantId(),
                a.heldGrantId(),
                d.granted(),
                d.amount(SupportRules.TOTAL).toString(),
                d.checks().stream().map(c -> CheckView.of(c, m)).toList(),
                actions.stream().map(Enum::name).toList());
    }
}
