package cn.gov.baotou.talent.intake.report.entity;

import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "原则上" age exceptions the city office granted in a period (intake.3.1), for the target report: who (name and
 * masked 身份证号), the degree, the age at submission, the written reason, who approved it and when. Exceptions are
 * few, so the persons are read to mask their numbers; the approver is named as the account shows its holder.
 */
@ApplicationScoped
public class GrantedExceptions {

    /** One exception granted. */
    public record Granted(
            String name,
            String maskedIdNumber,
            Degree degree,
            LocalDate submittedOn,
            int ageYears,
            String enterpriseName,
            String districtCode,
            String reason,
            String approvedBy,
            LocalDate approvedOn,
            HireStatus status) {}

    @PersistenceContext
    EntityManager em;

    public GrantedExceptions() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public GrantedExceptions(EntityManager em) {
        this.em = em;
    }

    /** The exceptions granted in the period, in the district if the scope names one, in the order they were granted. */
    public List<Granted> in(ReportScope scope) {
        List<Object[]> rows = RetentionFigures.bind(
                        em.createQuery(
                                "select p, h.facts.degree, h.submittedOn, h.eligibility.ageYears, e.name,"
                                        + " h.districtCode, h.progress.exceptionReason, h.progress.exceptionBy,"
                                        + " h.progress.exceptionOn, h.status from Hire h join h.person p"
                                        + " join h.enterprise e where h.eligibility.exceptionRequired = true"
                                        + " and h.progress.exceptionOn between :first and :last"
                                        + RetentionFigures.district(scope)
                                        + " order by h.progress.exceptionOn, h.id",
                                Object[].class),
                        scope)
                .getResultList();
        Map<String, String> approvers =
                approvers(rows.stream().map(r -> (String) r[7]).distinct().toList());
        return rows.stream()
                .map(r -> {
                    Person p = (Person) r[0];
                    return new Granted(
                            p.name(),
                            p.idNumber().masked(),
                            (Degree) r[1],
                            (LocalDate) r[2],
                            ((Number) r[3]).intValue(),
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            approvers.getOrDefault((String) r[7], (String) r[7]),
                            (LocalDate) r[8],
                            (HireStatus) r[9]);
                })
                .toList();
    }

    /** The approvers' names as their accounts show them; an account since removed keeps its user name. */
    private Map<String, String> approvers(List<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select a.username, a.displayName from Account a where a.username in :u", Object[].class)
                    .setParameter("u", usernames)
                    .getResultStream()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }
}
