package cn.gov.baotou.talent.rareearth.grant.boundary;

import static cn.gov.baotou.talent.rareearth.rest.XlsxDownload.column;

import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The applications list as a table for Excel (导出): the page's filters, the caller's scope (the desk's queries), read
 * page by page so a long list never sits in one query; each row with the amount its decision gives and its grant.
 */
@ApplicationScoped
@Transactional
public class ApplicationsExport {

    static final int CHUNK = 500;

    @Inject
    ApplicationDesk desk;

    @Inject
    ApplicantNames names;

    public ApplicationsExport() {}

    /** For use outside the container (tests), inside the transaction of {@code desk}'s entity manager. */
    public ApplicationsExport(ApplicationDesk desk, ApplicantNames names) {
        this.desk = desk;
        this.names = names;
    }

    public ReportTable table(Integer measure, ApplicationStatus status, Messages m) {
        Map<String, String> districts = names.districts();
        List<List<Object>> rows = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<SupportApplication> page = desk.search(measure, status, first, CHUNK);
            for (SupportApplication a : page) {
                rows.add(row(a, desk.decision(a), districts, m));
            }
            if (page.size() < CHUNK) {
                break;
            }
        }
        return new ReportTable(
                "rare-earth.applications",
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, "applications.title"),
                Messages.in(java.util.Locale.ENGLISH).get(RareEarthMessages.BUNDLE, "applications.title"),
                null,
                List.of(
                        column(CellKind.COUNT, "applications.no"),
                        column(CellKind.TEXT, "applications.measure"),
                        column(CellKind.TEXT, "application.clause"),
                        column(CellKind.TEXT, "apply.enterprise"),
                        column(CellKind.TEXT, "export.district"),
                        column(CellKind.TEXT, "apply.beneficiaryKind"),
                        column(CellKind.TEXT, "apply.subject"),
                        column(CellKind.DATE, "application.submittedOn"),
                        column(CellKind.DATE, "export.decisiveDay"),
                        column(CellKind.TEXT, "applications.status"),
                        column(CellKind.MONEY, "export.amount"),
                        column(CellKind.COUNT, "application.grant"),
                        column(CellKind.DATE, "export.decidedOn")),
                rows);
    }

    private List<Object> row(SupportApplication a, Decision d, Map<String, String> districts, Messages m) {
        return Arrays.asList(
                a.id(),
                text(m, "measure.name." + a.measureNo()),
                "rare-earth." + a.measureNo(),
                names.enterprise(a),
                districts.getOrDefault(a.districtCode(), a.districtCode()),
                a.beneficiaryKind() == BeneficiaryKind.PERSON ? names.person(a) : text(m, "beneficiary.ENTERPRISE"),
                a.facts().subject(),
                a.submittedOn(),
                ApplicationRules.day(a).day(),
                text(m, "application.status." + a.status().name()),
                d.amount(SupportRules.TOTAL).amount(),
                a.grantId(),
                a.decidedOn());
    }

    private static String text(Messages m, String key) {
        return m.get(RareEarthMessages.BUNDLE, key);
    }
}
