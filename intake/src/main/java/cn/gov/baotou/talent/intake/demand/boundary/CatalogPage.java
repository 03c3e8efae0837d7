package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import cn.gov.baotou.talent.intake.demand.entity.Discipline;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 岗位需求目录 for anyone, without signing in: a search form sent by GET (so a search is a link to keep or share), a
 * page of results at a time, and the download of the filtered list as Excel, and as PDF where reporting renders it.
 */
@Named
@RequestScoped
public class CatalogPage {

    static final int SIZE = 10;

    @Inject
    DemandCatalog catalog;

    @Inject
    LocaleChoice locale;

    @Inject
    Instance<TablePdf> pdfs;

    private String industry;
    private String degree;
    private String discipline;
    private String district;
    private int page;
    private CatalogFilter filter = CatalogFilter.NONE;
    private List<CatalogEntry> entries;
    private long total;

    /** An option of a search field. */
    public record Option(String value, String label) {}

    @PostConstruct
    void read() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        industry = p.get("industry");
        degree = p.get("degree");
        discipline = p.get("discipline");
        district = p.get("district");
        try {
            page = Math.max(0, Integer.parseInt(p.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        try {
            filter = catalog.filter(industry, degree, discipline, district);
        } catch (InvalidInput e) {
            Messages m = Messages.in(locale.getLocale());
            for (FieldError f : e.errors()) {
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(f), null));
            }
        }
    }

    public List<CatalogEntry> getEntries() {
        if (entries == null) {
            Messages m = Messages.in(locale.getLocale());
            total = catalog.count(filter);
            page = Math.min(page, Math.max(0, getPages() - 1));
            entries = catalog.page(filter, page * SIZE, SIZE).stream()
                    .map(d -> CatalogEntry.of(d, m))
                    .toList();
        }
        return entries;
    }

    public long getTotal() {
        getEntries();
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The page shown, counted from 1 as a reader counts. */
    public int getPageNumber() {
        getEntries();
        return page + 1;
    }

    public String getTotalText() {
        return text("catalog.total", getTotal());
    }

    public String getPageText() {
        return text("catalog.page", getPageNumber(), getPages());
    }

    public boolean isFirst() {
        return getPageNumber() == 1;
    }

    public boolean isLast() {
        return getPageNumber() >= getPages();
    }

    public String getPreviousQuery() {
        return query(page - 1);
    }

    public String getNextQuery() {
        return query(page + 1);
    }

    /** Whether the PDF download can be offered: reporting, which renders it, is deployed. */
    public boolean isPdfAvailable() {
        return pdfs.isResolvable();
    }

    /** The filters as a query string, for the download link. */
    public String getFilterQuery() {
        return query(-1);
    }

    public List<Option> getIndustries() {
        boolean en = isEnglish();
        List<Option> options = new ArrayList<>();
        for (Industry i : catalog.industries()) {
            options.add(new Option(i.code(), en ? i.nameEn() : i.name()));
        }
        return options;
    }

    public List<Option> getDistricts() {
        boolean en = isEnglish();
        List<Option> options = new ArrayList<>();
        for (District d : catalog.districts()) {
            options.add(new Option(d.code(), en ? d.nameEn() : d.name()));
        }
        return options;
    }

    public List<Option> getDisciplines() {
        List<Option> options = new ArrayList<>();
        for (Discipline d : Disciplines.all()) {
            options.add(new Option(d.code(), d.code() + " " + d.name(locale.getLocale())));
        }
        return options;
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    private String query(int toPage) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("industry", filter.industryCode());
        q.put("degree", filter.degree() == null ? null : filter.degree().name());
        q.put("discipline", filter.disciplineCode());
        q.put("district", filter.districtCode());
        if (toPage >= 0) {
            q.put("page", String.valueOf(toPage));
        }
        List<String> parts = new ArrayList<>();
        q.forEach((k, v) -> {
            if (v != null) {
                parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    private String text(String key, Object... arguments) {
        return Messages.in(locale.getLocale()).get(DemandWorkflow.BUNDLE, key, arguments);
    }

    private boolean isEnglish() {
        return "en".equals(locale.getLocale().getLanguage());
    }

    public String getIndustry() {
        return filter.industryCode();
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getDegree() {
        return filter.degree() == null ? null : filter.degree().name();
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getDiscipline() {
        return filter.disciplineCode();
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getDistrict() {
        return filter.districtCode();
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
