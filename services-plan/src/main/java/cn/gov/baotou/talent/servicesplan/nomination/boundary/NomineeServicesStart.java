package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.talent.entity.TalentEntry;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeService;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeServices;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceItem;

/**
 * What feedback starts for every approved nominee (services-plan.6.1): the 16 service items, each with its
 * responsible department, and the talent record other modules and the reports count (programme SERVICES_PLAN).
 */
record NomineeServicesStart(NomineeServices services, ServiceCatalog catalog, TalentRecords talents) {

    static final String PROGRAMME = "SERVICES_PLAN";

    void start(Nomination n) {
        for (Nominee m : n.approved()) {
            for (ServiceItem item : catalog.items()) {
                services.add(new NomineeService(m, item));
            }
            talents.record(new TalentEntry(
                    m.person().id(),
                    n.enterprise().id(),
                    n.districtCode(),
                    PROGRAMME,
                    "NOMINEE",
                    "services-plan",
                    n.tierClauseId(),
                    "services-plan",
                    "nominee-" + m.id(),
                    n.meeting().meetingDate()));
        }
    }
}
