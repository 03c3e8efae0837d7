package cn.gov.baotou.talent.reporting.period.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.reporting.period.control.PeriodChoice;
import cn.gov.baotou.talent.reporting.report.boundary.ReportAccess;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report page shows, as the user chose it in the page's query (period mode, year, months, district): the scope
 * checked by {@link ReportAccess}, the choices offered, and the same choice as a query for links and as the body of a
 * background job. A district office's district is fixed to its own; the default year is the latest a policy version
 * covers (2025 while the 2022 version is the newest, as it ended on 2025-12-31).
 */
@Named
@RequestScoped
public class ReportChoice {

    @Inject
    Caller caller;

    @Inject
    ReportAccess access;

    @Inject
    Enterprises enterprises;

    @Inject
    PolicyParameters parameters;

    @Inject
    LocaleChoice locale;

    @Inject
    Clock clock;

    private String mode = PeriodChoice.YEAR;
    private Integer year;
    private String from;
    private String to;
    private String district;
    private ReportScope scope;
    private Map<String, String> districtNames;

    /** A district to choose: its code and name. */
    public record Option(String code, String name) {}

    /** The scope the choice makes, checked for the caller; refused as {@code InvalidInput} or {@code Forbidden}. */
    public ReportScope scope() {
        if (scope == null) {
            LocalDate today = today();
            if (year == null && !PeriodChoice.MONTHS.equals(mode)) {
                year = defaultYear(today);
            }
            ReportPeriod period = PeriodChoice.of(mode, year, from, to, today);
            scope = access.scopeFor(period, isDistrictFixed() ? ownDistrict() : blankToNull(district));
        }
        return scope;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest year some policy version covers up to today. */
    public int defaultYear(LocalDate today) {
        return parameters.history().all().stream()
                .filter(v -> !v.validFrom().isAfter(today))
                .map(v -> v.validTo() == null || v.validTo().isAfter(today) ? today : v.validTo())
                .max(LocalDate::compareTo)
                .orElse(today)
                .getYear();
    }

    public List<Integer> getYears() {
        LocalDate today = today();
        int first = parameters.history().all().stream()
                .map(ParameterValue::validFrom)
                .min(LocalDate::compareTo)
                .orElse(today)
                .getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Option> getDistricts() {
        return names().entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList();
    }

    /** District code → name, in the registry's order; English names on English pages. */
    public Map<String, String> names() {
        if (districtNames == null) {
            districtNames = new LinkedHashMap<>();
            for (District d : enterprises.districts()) {
                districtNames.put(d.code(), locale.isEnglish() ? d.nameEn() : d.name());
            }
        }
        return districtNames;
    }

    /** Short names for charts (昆区, 稀土高新区), limited to the scope's district when it has one. */
    public Map<String, String> chartNames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (District d : enterprises.districts()) {
            if (scope().covers(d.code())) {
                out.put(d.code(), locale.isEnglish() ? d.nameEn() : d.shortName());
            }
        }
        return out;
    }

    public boolean isDistrictFixed() {
        return caller.is(Role.DISTRICT_OFFICE);
    }

    /** The period as read above a report: "2025 年全年", "2026-01-01 至 2026-12-06（本年累计）". */
    public String getPeriodText() {
        if (scope == null) {
            return "";
        }
        ReportPeriod p = scope.period();
        Messages m = Messages.in(locale.getLocale());
        String key = PeriodChoice.YEAR.equals(mode)
                ? "period.text.year"
                : PeriodChoice.YEAR_TO_DATE.equals(mode) ? "period.text.ytd" : "period.text.range";
        return m.get(
                ReportingMessages.BUNDLE,
                key,
                String.valueOf(p.from().getYear()),
                p.from().toString(),
                p.to().toString());
    }

    /** The scope as read above a report: the district's name, or the whole city. */
    public String getScopeText() {
        String name = getScopeName();
        return name != null ? name : Messages.in(locale.getLocale()).get(ReportingMessages.BUNDLE, "choice.city");
    }

    /** The district in effect (a district office's own, or the one chosen), or null for the whole city. */
    public String getScopeName() {
        String code = isDistrictFixed() ? ownDistrict() : blankToNull(district);
        return code == null ? null : names().getOrDefault(code, code);
    }

    /** The choice as a query string (without "?"), for links between the report pages. */
    public String getQuery() {
        StringBuilder q = new StringBuilder("mode=").append(encode(mode));
        if (year != null) {
            q.append("&year=").append(year);
        }
        if (from != null && !from.isBlank()) {
            q.append("&from=").append(encode(from));
        }
        if (to != null && !to.isBlank()) {
            q.append("&to=").append(encode(to));
        }
        if (!isDistrictFixed() && district != null && !district.isBlank()) {
            q.append("&district=").append(encode(district));
        }
        return q.toString();
    }

    /** The body of {@code POST /api/v1/reports/jobs} for this choice: the period by its exact days. */
    public String jobBody(String kind, String format) {
        ReportScope s = scope();
        return "{\"kind\":\"" + kind + "\",\"from\":\"" + s.period().from() + "\",\"to\":\""
                + s.period().to()
                + "\"" + (s.districtCode() == null ? "" : ",\"district\":\"" + s.districtCode() + "\"")
                + ",\"format\":\"" + format + "\"}";
    }

    private String ownDistrict() {
        return caller.scope() == null ? null : caller.scope().districtCode();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode == null || mode.isBlank() ? PeriodChoice.YEAR : mode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getDistrict() {
        return isDistrictFixed() ? ownDistrict() : district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
