package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.control.FundingOffer;
import cn.gov.baotou.talent.core.ledger.control.FundingPrecedence;
import cn.gov.baotou.talent.core.ledger.control.HeldGrant;
import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.grant.control.BookedPurpose;
import cn.gov.baotou.talent.rareearth.grant.control.PaymentTerms;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Books an approved application in the core ledger. The ledger's own precedence (资金支持不重复) is asked first, on
 * the locked held grant, so that a refusal is recorded on the application with the ledger's reason naming the grant
 * the beneficiary holds; a race the ledger still decides otherwise rolls the whole approval back.
 */
final class Booking {

    /** What the ledger did: booked a grant, or refused naming the one held. */
    record Outcome(FundingGrant grant, Decision refusal, Long heldGrantId) {}

    private final FundingLedger ledger;
    private final FundingPurposes purposes;
    private final Grants grants;

    Booking(FundingLedger ledger, FundingPurposes purposes, Grants grants) {
        this.ledger = ledger;
        this.purposes = purposes;
        this.grants = grants;
    }

    /**
     * Books the grant with the split and due date of the decision's parameters ({@link PaymentTerms}:
     * measure 2 as intake's subsidy, any other the city's alone and with no due date); {@code decided} are those
     * of the decisive day.
     */
    Outcome book(
            SupportApplication a,
            String measurePurpose,
            LocalDate versionFrom,
            Yuan total,
            Parameters decided,
            LocalDate today) {
        // by its code: a purpose given per year or per case matches only once its year or case is appended
        FundingPurpose measure = purposes.all().stream()
                .filter(p -> p.code().equals(measurePurpose))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no funding purpose " + measurePurpose));
        String purpose = BookedPurpose.of(measure, a.facts(), a.id(), a.submittedOn());
        BeneficiaryKind kind = a.beneficiaryKind();
        long beneficiary = kind == BeneficiaryKind.PERSON ? a.personId() : a.enterpriseId();
        String clause = "rare-earth." + a.measureNo();
        FundingOffer offer = new FundingOffer("rare-earth", clause, versionFrom, total);
        HeldGrant held = grants.held(kind, beneficiary, purpose, true)
                .map(g -> new HeldGrant(
                        g.id(),
                        new FundingOffer(
                                g.terms().policyId(),
                                g.terms().clauseId(),
                                g.terms().versionFrom(),
                                g.terms().total()),
                        g.terms().basisDate(),
                        g.status() != GrantStatus.COMMITTED))
                .orElse(null);
        Decision precedence = FundingPrecedence.decide(held, offer);
        if (!precedence.granted()) {
            return new Outcome(null, precedence, held.id());
        }
        Shares shares = PaymentTerms.split(a.measureNo(), total, decided);
        OptionalInt days = PaymentTerms.workingDays(a.measureNo(), decided);
        GrantRequest request = new GrantRequest(
                kind,
                beneficiary,
                a.enterpriseId(),
                purpose,
                "rare-earth",
                clause,
                versionFrom,
                "rare-earth",
                "application-" + a.id(),
                a.districtCode(),
                total,
                shares.city(),
                shares.district(),
                today,
                days.isPresent() ? ledger.workingDaysAfter(today, days.getAsInt()) : null);
        return new Outcome(ledger.grant(request), null, null);
    }
}
