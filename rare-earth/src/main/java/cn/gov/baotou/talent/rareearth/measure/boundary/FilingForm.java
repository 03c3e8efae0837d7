package cn.gov.baotou.talent.rareearth.measure.boundary;

/**
 * What comes with a filed document besides its bytes: 细则 ({@code DETAILED_RULES}), 办事流程 ({@code PROCEDURE}) or
 * 配套措施 ({@code DISTRICT_MEASURES}), its title and date of issue, and — for the city office filing on someone's
 * behalf — the department or district whose it is; by default the filer's own.
 */
public record FilingForm(
        String kind, String title, String issuedOn, String departmentCode, String districtCode, String fileName) {}
