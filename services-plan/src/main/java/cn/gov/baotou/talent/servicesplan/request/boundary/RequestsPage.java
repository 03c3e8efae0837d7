package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
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
 * 服务需求: an enterprise raises and rates them, the city office routes them with a deadline, a commissioner works those
 * routed to him; overdue ones in red. The list is searched by GET (查询/重置), sorted by its headers, paged by the
 * database and exported (导出); one request's page shows its timeline and the steps the caller may take.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestDesk desk;

    @Inject
    transient ServiceCatalog catalog;

    static final String PAGE = "/services-plan/requests.xhtml";
    static final String EXPORT = "/api/v1/services-plan/requests.xlsx";

    @Inject
    transient Enterprises enterprises;

    @Inject
    transient Caller caller;

    private RequestSearch search;
    private Long id;
    private final RequestInput input = new RequestInput();
    private transient ServiceRequest selected;
    private transient boolean selectedRead;
    private transient List<ServiceRequest> rows;
    private transient ListLinks links;

    @PostConstruct
    void read() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ListParams params = ListParams.read(p::get, RequestSearch.FILTERS, ListParams.PAGE_SIZE);
        try {
            search = RequestSearch.of(params, desk.today());
        } catch (InvalidInput e) {
            PageReplies.refuse(e, f -> null);
            search = RequestSearch.of(
                    ListParams.read(name -> null, RequestSearch.FILTERS, ListParams.PAGE_SIZE), desk.today());
        }
    }

    /** The page of the list asked for (the last one when asked beyond it). */
    public List<ServiceRequest> getRequests() {
        if (rows == null) {
            long total = desk.count(search.filter());
            ListParams p = search.params();
            int pages = (int) Math.max(1, (total + p.size() - 1) / p.size());
            if (p.page() >= pages) {
                search = new RequestSearch(p.onPage(pages - 1), search.filter(), search.order());
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
        getRequests();
        return links;
    }

    /** The districts, for the city-wide roles' search. */
    public List<District> getDistricts() {
        return caller.seesAllDistricts() ? enterprises.districts() : List.of();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
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

    public ServiceRequest getSelected() {
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
                : desk.available(id).stream().map(RequestStep::name).toList();
    }

    public List<ActivityView> getTimeline() {
        return getSelected() == null ? List.of() : desk.timeline(id);
    }

    /** A rating of 1 to 5 as five stars, those earned filled; nothing before it is rated. */
    public String stars(Integer rating) {
        return rating == null ? "" : "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    public boolean overdue(ServiceRequest r) {
        return r.overdueOn(desk.today());
    }

    public String raise() {
        try {
            ServiceRequest r = desk.raise(input.request());
            PageReplies.info(ServicesPlanText.BUNDLE, "page.requests.raised", String.valueOf(r.id()));
            input.clearRequest();
            rows = null;
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> "raiseForm:" + field);
        }
        return null;
    }

    /** Takes a step on the selected request with what the step's form holds. */
    public String act(String step) {
        try {
            RequestStep s = RequestStep.valueOf(step);
            switch (s) {
                case ROUTE, REROUTE -> desk.route(id, input.route());
                case ACCEPT -> desk.accept(id, input.getOpinion());
                case HAND_BACK -> desk.handBack(id, input.getOpinion());
                case RESOLVE -> desk.resolve(id, input.getOpinion());
                case RATE -> desk.rate(id, input.rating());
                default -> throw new IllegalArgumentException(step);
            }
            PageReplies.info(
                    ServicesPlanText.BUNDLE,
                    "page.requests.done",
                    ServicesPlanText.ref("request.action." + step),
                    String.valueOf(id));
            input.clearStep();
            selectedRead = false;
            rows = null;
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> "step:" + field);
        }
        return null;
    }

    public List<ServiceModule> getModules() {
        return List.of(ServiceModule.values());
    }

    public List<String> getDepartments() {
        return catalog.departmentCodes();
    }

    public String departmentName(String code) {
        return code == null
                ? ""
                : catalog.departmentName(
                        code, PageReplies.messages().locale().getLanguage().equals("en"));
    }

    public RequestInput getInput() {
        return input;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.selectedRead = false;
    }
}
