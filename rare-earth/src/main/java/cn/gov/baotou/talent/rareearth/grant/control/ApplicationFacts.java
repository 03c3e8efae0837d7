package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * What an application states, as the measures' rules read it; each measure uses its own few fields.
 *
 * @param subject what it is for: the team, the talent, the event, the patent, the award, the training point
 * @param category degree (measure 2: DOCTOR, MASTER), level (3, 10: NATIONAL, REGION), patent type (11: INVENTION,
 *     UTILITY_MODEL, DESIGN), way of engagement (5: CONSULTING, PART_TIME, TECH_SHARES), or who (13: TALENT_CLASS,
 *     PRINCIPAL, TECHNICAL_LEAD)
 * @param grade the prize (10: 1 for a first prize) or the catalogue class (13: 1 to 7)
 * @param role the part in an award (10: FIRST_UNIT, UNIT, MAIN_RESEARCHER, OTHER)
 * @param referenceNo the patent or award certificate number, which identifies the case
 * @param basis last year's taxable labour income (5), the award (10), the commercialisation benefit (11), the actual
 *     spending (12), the local contribution (13)
 * @param tax the enterprise's tax last year (13)
 * @param quantity graduates enrolled (6)
 * @param rate yuan per graduate (6)
 * @param requested the amount asked for where a reviewer decides it (1, 3, 8, 11)
 * @param hiredOn the day of hiring (13)
 * @param periodStart the first day of the reward year (13) or of the enrolment year (6)
 * @param apartment the talent apartment while working in Baotou (5), and from when
 */
public record ApplicationFacts(
        String subject,
        String category,
        Integer grade,
        String role,
        String referenceNo,
        Yuan basis,
        Yuan tax,
        Integer quantity,
        Yuan rate,
        Yuan requested,
        boolean fullTime,
        LocalDate hiredOn,
        LocalDate periodStart,
        String apartment,
        LocalDate apartmentFrom) {}
