package cn.gov.baotou.talent.intake.forecast.boundary;

import cn.gov.baotou.talent.core.report.control.BudgetForecastSource;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.forecast.control.HireCount;
import cn.gov.baotou.talent.intake.forecast.control.SubsidyForecast;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan's part of the budget forecast: the subsidies the pipeline would be paid — hires submitted, verified, or
 * with the agreement signed but not yet paid (补贴已拨付), those eligible or awaiting the city office's exception — and
 * the mean yearly hires brought in (三方协议 signed) over the past years, each by degree and district, priced under the
 * version in force and under the draft.
 */
@ApplicationScoped
public class IntakeForecast implements BudgetForecastSource {

    static final Set<HireStatus> PIPELINE =
            Set.of(HireStatus.SUBMITTED, HireStatus.VERIFIED, HireStatus.AGREEMENT_SIGNED);

    @PersistenceContext
    EntityManager em;

    public IntakeForecast() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public IntakeForecast(EntityManager em) {
        this.em = em;
    }

    @Override
    public String policyId() {
        return "intake";
    }

    @Override
    public List<ForecastLine> forecast(ForecastRequest request) {
        List<HireCount> counts = new ArrayList<>(pipeline(request));
        counts.addAll(volume(request));
        return SubsidyForecast.lines(counts, request.pastYears(), request.inForce(), request.draft());
    }

    List<HireCount> pipeline(ForecastRequest request) {
        return counts(
                Basis.PIPELINE,
                request,
                "h.status in :statuses and (h.eligibility.eligible = true or h.eligibility.exceptionRequired = true)",
                PIPELINE,
                null,
                null);
    }

    List<HireCount> volume(ForecastRequest request) {
        return counts(
                Basis.VOLUME,
                request,
                "h.status in :statuses and h.progress.agreementSignedOn between :first and :last",
                HireStatus.BROUGHT_IN,
                LocalDate.of(request.firstPastYear(), 1, 1),
                LocalDate.of(request.lastPastYear(), 12, 31));
    }

    private List<HireCount> counts(
            Basis basis,
            ForecastRequest request,
            String condition,
            Set<HireStatus> statuses,
            LocalDate first,
            LocalDate last) {
        var query = em.createQuery(
                        "select h.facts.degree, h.districtCode, count(h) from Hire h where " + condition
                                + " and (:district is null or h.districtCode = :district)"
                                + " group by h.facts.degree, h.districtCode order by h.facts.degree, h.districtCode",
                        Object[].class)
                .setParameter("statuses", statuses)
                .setParameter("district", request.districtCode());
        if (first != null) {
            query.setParameter("first", first).setParameter("last", last);
        }
        return query.getResultList().stream()
                .map(r -> new HireCount(basis, (Degree) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
