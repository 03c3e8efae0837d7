package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A job's scope as read in its file name and on the page: the district's short name (昆区), or the whole city. */
@ApplicationScoped
public class ScopeNames {

    @Inject
    Enterprises enterprises;

    public String of(String districtCode, Messages m) {
        if (districtCode == null) {
            return m.get(ReportingMessages.BUNDLE, "choice.city");
        }
        boolean english = "en".equals(m.locale().getLanguage());
        return enterprises
                .district(districtCode)
                .map(d -> english ? d.nameEn() : d.shortName())
                .orElse(districtCode);
    }
}
