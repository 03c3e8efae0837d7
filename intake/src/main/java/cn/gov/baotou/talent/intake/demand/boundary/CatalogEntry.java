package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandContent;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One published demand as the public catalog shows it, in the reader's language: the enterprise, where, what and
 * whom it seeks, and its public contact. Nothing of the review (who, opinions) is public.
 */
public record CatalogEntry(
        long id,
        String enterpriseName,
        String districtCode,
        String districtName,
        String industryCode,
        String industryName,
        String positionTitle,
        int headcount,
        String degree,
        String degreeName,
        String disciplineCode,
        String disciplineName,
        String majors,
        String workType,
        String workTypeName,
        String duties,
        String salaryMinYuan,
        String salaryMaxYuan,
        String workLocation,
        String contactPhone,
        String contactEmail,
        LocalDate publishedOn) {

    public static CatalogEntry of(JobDemand d, Messages m) {
        boolean en = "en".equals(m.locale().getLanguage());
        Enterprise e = d.enterprise();
        DemandContent c = d.content();
        return new CatalogEntry(
                d.id(),
                e.name(),
                e.district().code(),
                en ? e.district().nameEn() : e.district().name(),
                e.industry().code(),
                en ? e.industry().nameEn() : e.industry().name(),
                c.positionTitle(),
                c.headcount(),
                c.degree().name(),
                m.get(DemandWorkflow.BUNDLE, "degree." + c.degree().name()),
                c.disciplineCode(),
                Disciplines.byCode(c.disciplineCode())
                        .map(x -> x.name(m.locale()))
                        .orElse(c.disciplineCode()),
                c.majors(),
                c.workType().name(),
                m.get(DemandWorkflow.BUNDLE, "work." + c.workType().name()),
                c.duties(),
                c.salaryMin() == null ? null : c.salaryMin().toString(),
                c.salaryMax() == null ? null : c.salaryMax().toString(),
                c.workLocation(),
                c.contactPhone(),
                c.contactEmail(),
                d.publishedOn());
    }

    /** The yearly salary as a line reads it: "200,000 – 300,000", "≥ 200,000", or empty when not given. */
    public String salaryRange() {
        if (salaryMinYuan == null && salaryMaxYuan == null) {
            return "";
        }
        if (salaryMaxYuan == null) {
            return "≥ " + grouped(salaryMinYuan);
        }
        if (salaryMinYuan == null) {
            return "≤ " + grouped(salaryMaxYuan);
        }
        return grouped(salaryMinYuan) + " – " + grouped(salaryMaxYuan);
    }

    private static String grouped(String yuan) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(new BigDecimal(yuan));
    }
}
