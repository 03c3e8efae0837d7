package cn.gov.baotou.talent.rareearth.forecast.boundary;

import cn.gov.baotou.talent.core.report.control.BudgetForecastSource;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.rareearth.forecast.control.MeasureCase;
import cn.gov.baotou.talent.rareearth.forecast.control.MeasureForecast;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The paying measures' part of the budget forecast: the applications still with the lead department or the city
 * office, and those granted in the past years (their yearly mean), each priced by its measure's rule under the version
 * in force and under the draft.
 */
@ApplicationScoped
public class RareEarthForecast implements BudgetForecastSource {

    static final Set<ApplicationStatus> PENDING = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CITY_REVIEW);

    @PersistenceContext
    EntityManager em;

    public RareEarthForecast() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RareEarthForecast(EntityManager em) {
        this.em = em;
    }

    @Override
    public String policyId() {
        return "rare-earth";
    }

    @Override
    public List<ForecastLine> forecast(ForecastRequest request) {
        List<MeasureCase> cases = new ArrayList<>();
        applications("a.status in :statuses", PENDING, request, null, null)
                .forEach(a -> cases.add(of(a, Basis.PIPELINE)));
        applications(
                        "a.status in :statuses and a.decidedOn between :first and :last",
                        Set.of(ApplicationStatus.GRANTED),
                        request,
                        LocalDate.of(request.firstPastYear(), 1, 1),
                        LocalDate.of(request.lastPastYear(), 12, 31))
                .forEach(a -> cases.add(of(a, Basis.VOLUME)));
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = bundle(Locale.ENGLISH);
        return MeasureForecast.lines(
                cases,
                request.pastYears(),
                request.inForce(),
                request.draft(),
                n -> new MeasureForecast.Name(zh.getString("measure.name." + n), en.getString("measure.name." + n)));
    }

    private List<SupportApplication> applications(
            String condition,
            Set<ApplicationStatus> statuses,
            ForecastRequest request,
            LocalDate first,
            LocalDate last) {
        var query = em.createQuery(
                        "select a from SupportApplication a where " + condition
                                + " and (:district is null or a.districtCode = :district) order by a.measureNo, a.id",
                        SupportApplication.class)
                .setParameter("statuses", statuses)
                .setParameter("district", request.districtCode());
        if (first != null) {
            query.setParameter("first", first).setParameter("last", last);
        }
        return query.getResultList().stream()
                .filter(a -> SupportRules.pays(a.measureNo()))
                .toList();
    }

    private static MeasureCase of(SupportApplication a, Basis basis) {
        return new MeasureCase(a.measureNo(), basis, a.districtCode(), a.facts(), a.decidedYuan());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(RareEarthMessages.BUNDLE, locale, RareEarthForecast.class.getClassLoader());
    }
}
