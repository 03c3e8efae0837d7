package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.registry.boundary.PersonRegistry;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreements;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.hire.entity.Evaluations;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import java.time.Clock;

/** The collaborators of a {@link HireDesk} built outside the container (tests), over one transaction's entity manager. */
public record HireDeskParts(
        Hires hires,
        HireServices services,
        Evaluations evaluations,
        JointAgreements agreements,
        Documents documents,
        Persons persons,
        PersonRegistry registry,
        FundingLedger ledger,
        TalentRecords talents,
        ActivityLog activity,
        Notices notices,
        IntakeStandards standards,
        Caller caller,
        Clock clock) {

    void fill(HireDesk d) {
        d.hires = hires;
        d.services = services;
        d.evaluations = evaluations;
        d.agreements = agreements;
        d.documents = documents;
        d.persons = persons;
        d.registry = registry;
        d.ledger = ledger;
        d.talents = talents;
        d.activity = activity;
        d.notices = notices;
        d.standards = standards;
        d.caller = caller;
        d.clock = clock;
    }
}
