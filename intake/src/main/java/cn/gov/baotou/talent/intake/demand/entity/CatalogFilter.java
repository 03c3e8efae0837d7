package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.intake.eligibility.control.Degree;

/** What the public catalog is filtered by; a null field filters nothing. */
public record CatalogFilter(String industryCode, Degree degree, String disciplineCode, String districtCode) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null);
}
