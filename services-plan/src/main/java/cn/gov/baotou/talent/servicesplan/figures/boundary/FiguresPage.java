package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.quota.boundary.QuotaStanding;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.web.boundary.ListLinks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 企业数据: the enterprise enters its revenue and investment with evidence and sees its quota; its district office
 * confirms or returns each; the city office reads them all. A refused form keeps what was typed. The list is searched
 * by GET (查询/重置), sorted by its headers, paged by the database and exported (导出).
 */
@Named
@ViewScoped
public class FiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FigureDesk desk;

    @Inject
    transient EnterpriseQuota quota;

    @Inject
    transient DocumentStore documents;

    @Inject
    transient ServicesPlanStandards standards;

    @Inject
    transient Caller caller;

    static final String PAGE = "/services-plan/figures.xhtml";
    static final String EXPORT = "/api/v1/services-plan/figures.xlsx";

    @Inject
    transient Enterprises enterprises;

    @Inject
    Clock clock;

    private FigureSearch search;
    private transient List<EnterpriseFigure> rows;
    private transient ListLinks links;
    private String year;
    private String basis = "REVENUE";
    private String amountYuan;
    private transient Part evidence;
    private Long documentId;
    private String documentName;
    private String quotaYear;
    private final Map<Long, String> opinions = new HashMap<>();
    private transient QuotaStanding standing;
    private transient boolean quotaRead;

    @PostConstruct
    void read() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ListParams params = ListParams.read(p::get, FigureSearch.FILTERS, ListParams.PAGE_SIZE);
        try {
            search = FigureSearch.of(params);
        } catch (InvalidInput e) {
            PageReplies.refuse(e, f -> null);
            search = FigureSearch.of(ListParams.read(name -> null, FigureSearch.FILTERS, ListParams.PAGE_SIZE));
        }
    }

    /** The page of the list asked for (the last one when asked beyond it). */
    public List<EnterpriseFigure> getFigures() {
        if (rows == null) {
            long total = desk.count(search.filter());
            ListParams p = search.params();
            int pages = (int) Math.max(1, (total + p.size() - 1) / p.size());
            if (p.page() >= pages) {
                search = new FigureSearch(p.onPage(pages - 1), search.filter(), search.order());
                p = search.params();
            }
            rows = desk.find(search.filter(), search.order(), p.first(), p.size());
            String context =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            links = new ListLinks(context + PAGE, context + EXPORT, p, search.order(), total);
        }
        return rows;
    }

    public ListLinks getLinks() {
        getFigures();
        return links;
    }

    /** The districts, for the city-wide roles' search. */
    public List<District> getDistricts() {
        return caller.seesAllDistricts() ? enterprises.districts() : List.of();
    }

    public FigureStatus[] getStatuses() {
        return FigureStatus.values();
    }

    /** The amount as a reader reads it: yuan grouped by thousands. */
    public String amount(EnterpriseFigure f) {
        return new DecimalFormat("#,##0.00").format(f.amount().amount());
    }

    /** The amount in 亿元, as the tiers of services-plan.4 are stated. */
    public String inYi(EnterpriseFigure f) {
        return PageReplies.messages()
                .get(
                        ServicesPlanText.BUNDLE,
                        "page.figures.yi",
                        f.amount()
                                .amount()
                                .movePointLeft(8)
                                .setScale(2, RoundingMode.HALF_UP)
                                .toPlainString());
    }

    /** A filter of the search as typed, to show it again in the form. */
    public String filter(String name) {
        String value = search.params().get(name);
        return value == null ? "" : value;
    }

    public String getSort() {
        return search.params().sort();
    }

    public String getDir() {
        return search.params().dir();
    }

    public void enter() {
        try {
            if (evidence != null && evidence.getSize() > 0) {
                try (InputStream in = evidence.getInputStream()) {
                    Document d = documents.upload(
                            new UploadForm(evidence.getSubmittedFileName(), "EVIDENCE", null, null), in);
                    documentId = d.id();
                    documentName = d.fileName();
                }
            }
            EnterpriseFigure f = desk.enter(
                    new FigureForm(year, basis, amountYuan, documentId == null ? null : String.valueOf(documentId)));
            PageReplies.info(ServicesPlanText.BUNDLE, "page.figures.entered", String.valueOf(f.year()));
            year = amountYuan = documentName = null;
            documentId = null;
            rows = null;
        } catch (IOException e) {
            PageReplies.refuse(new InvalidInput("file", "document.file.unreadable", ""), this::field);
        } catch (RuntimeException e) {
            PageReplies.refuse(e, this::field);
        }
    }

    public void confirm(long id) {
        review(id, true);
    }

    public void giveBack(long id) {
        review(id, false);
    }

    /** The enterprise's quota of the year asked for; null (with the reason next to the year) when it cannot be had. */
    public QuotaStanding getQuota() {
        if (quotaRead || !caller.is(Role.ENTERPRISE)) {
            return standing;
        }
        quotaRead = true;
        try {
            standing = quota.standing(null, Integer.parseInt(getQuotaYear().strip()));
        } catch (NumberFormatException e) {
            PageReplies.refuse(new InvalidInput("quotaYear", "request.year", quotaYear), f -> "quotaForm:quotaYear");
        } catch (InvalidInput e) {
            PageReplies.refuse(e, f -> "quotaForm:quotaYear");
        }
        return standing;
    }

    public List<CheckView> checks(QuotaStanding standing) {
        return standing.decision().checks().stream()
                .map(c -> CheckView.of(c, PageReplies.messages()))
                .toList();
    }

    public void showQuota() {
        // the quota is read as the page renders
    }

    private void review(long id, boolean confirm) {
        try {
            String opinion = opinions.get(id);
            EnterpriseFigure f = confirm ? desk.confirm(id, opinion) : desk.giveBack(id, opinion);
            PageReplies.info(
                    ServicesPlanText.BUNDLE,
                    confirm ? "page.figures.confirmed" : "page.figures.returned",
                    f.enterprise().name());
            opinions.remove(id);
            rows = null;
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> null);
        }
    }

    private String field(String name) {
        return "figureForm:" + ("file".equals(name) || "documentId".equals(name) ? "evidence" : name);
    }

    public String getQuotaYear() {
        if (quotaYear == null) {
            // the newest year a policy version covers: the demo runs after the 2022 version ended
            LocalDate end = standards.lastPeriodEnd();
            int now = LocalDate.now(clock).getYear();
            quotaYear = String.valueOf(end == null ? now : Math.min(now, end.getYear()));
        }
        return quotaYear;
    }

    public void setQuotaYear(String quotaYear) {
        this.quotaYear = quotaYear;
        this.quotaRead = false;
        this.standing = null;
    }

    public Map<Long, String> getOpinions() {
        return opinions;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getAmountYuan() {
        return amountYuan;
    }

    public void setAmountYuan(String amountYuan) {
        this.amountYuan = amountYuan;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public String getDocumentName() {
        return documentName;
    }
}
