package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.web.boundary.ListLinks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 推荐申请: the list within the caller's scope — searched by GET (查询/重置), sorted by its column headers, paged by the
 * database and exported (导出) — and one nomination with its nominees, its timeline (流程记录) and the steps the caller
 * may take now, each with its opinion (审批意见).
 */
@Named
@ViewScoped
public class NominationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NominationDesk desk;

    @Inject
    transient MeetingDesk meetings;

    @Inject
    transient Caller caller;

    static final String PAGE = "/services-plan/nominations.xhtml";
    static final String EXPORT = "/api/v1/services-plan/nominations.xlsx";

    @Inject
    transient Enterprises enterprises;

    private NominationSearch search;
    private Long id;
    private String opinion;
    private transient Nomination selected;
    private transient boolean selectedRead;
    private transient List<Nomination> rows;
    private transient ListLinks links;

    @PostConstruct
    void read() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ListParams params = ListParams.read(p::get, NominationSearch.FILTERS, ListParams.PAGE_SIZE);
        try {
            search = NominationSearch.of(params);
        } catch (InvalidInput e) {
            PageReplies.refuse(e, f -> null);
            search = NominationSearch.of(ListParams.read(name -> null, NominationSearch.FILTERS, ListParams.PAGE_SIZE));
        }
    }

    /** The page of the list asked for (the last one when asked beyond it). */
    public List<Nomination> getNominations() {
        if (rows == null) {
            long total = desk.count(search.filter());
            ListParams p = search.params();
            int pages = (int) Math.max(1, (total + p.size() - 1) / p.size());
            if (p.page() >= pages) {
                search = new NominationSearch(p.onPage(pages - 1), search.filter(), search.order());
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
        getNominations();
        return links;
    }

    /** The district offices' districts, for the city-wide roles' search. */
    public List<District> getDistricts() {
        return caller.seesAllDistricts() ? enterprises.districts() : List.of();
    }

    public NominationStatus[] getStatuses() {
        return NominationStatus.values();
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

    /** The nomination asked for by {@code ?id=}, or null (with a message when it is not visible). */
    public Nomination getSelected() {
        if (!selectedRead && id != null) {
            selectedRead = true;
            try {
                selected = desk.visible(id);
            } catch (NotFound e) {
                PageReplies.refuse(e, f -> null);
            }
        }
        return selected;
    }

    /** Reads the case asked for by {@code ?id=} as the view starts, so that a refusal is shown with the messages. */
    public void load() {
        getSelected();
    }

    public List<String> getActions() {
        return getSelected() == null
                ? List.of()
                : desk.available(id).stream().map(NominationStep::name).toList();
    }

    public List<ActivityView> getTimeline() {
        return getSelected() == null ? List.of() : desk.timeline(id);
    }

    /** The nominee's ID number as the caller may read it. */
    public String idNumber(Nominee m) {
        return caller.readsPersonalData()
                ? m.person().idNumber().value()
                : m.person().idNumber().masked();
    }

    /** Takes a step of the table; the resubmission goes by its own form. */
    public String act(String step) {
        NominationStep s = NominationStep.valueOf(step);
        if (s == NominationStep.RESUBMIT || s == NominationStep.PAPER_RESUBMIT) {
            return "apply?faces-redirect=true&id=" + id;
        }
        try {
            Nomination n = s == NominationStep.NOTIFY ? meetings.feedBack(id, opinion) : desk.review(id, s, opinion);
            PageReplies.info(
                    ServicesPlanText.BUNDLE,
                    "page.nominations.done",
                    ServicesPlanText.ref("nomination.action." + step),
                    String.valueOf(n.id()));
            opinion = null;
            selectedRead = false;
            rows = null;
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> "review:" + field);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.selectedRead = false;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
