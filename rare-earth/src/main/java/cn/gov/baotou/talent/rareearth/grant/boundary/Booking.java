package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.control.FundingOffer;
import cn.gov.baotou.talent.core.ledger.control.FundingPrecedence;
import cn.gov.baotou.talent.core.ledger.control.FundingSplit;
import cn.gov.baotou.talent.core.ledger.control.HeldGrant;
import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.grant.control.BookedPurpose;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.time.LocalDate;

/**
 * Books an approved application in the core ledger. The ledger's own precedence (资金支持不重复) is asked first, on
 * the locked held grant, so that a refusal is recorded on the application with the ledger's reason naming the grant
 * the beneficiary holds; a race the ledger still decides otherwise rolls the whole approval back.
 */
final class Booking {

    /** Measure 2 is intake's subsidy: city and district finance 1:1, due in 10 working days (intake.5.5). */
    static final int WORKING_DAYS_DUE = 10;

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

    Outcome book(SupportApplication a, String measurePurpose, LocalDate versionFrom, Yuan total, LocalDate today) {
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
        Shares shares = a.measureNo() == 2 ? FundingSplit.halves(total) : new Shares(total, Yuan.ZERO);
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
                ledger.workingDaysAfter(today, WORKING_DAYS_DUE));
        return new Outcome(ledger.grant(request), null, null);
    }
}
