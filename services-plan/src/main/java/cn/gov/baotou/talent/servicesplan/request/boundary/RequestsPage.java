package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.web.boundary.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 服务需求: an enterprise raises and rates them, the city office routes them with a deadline, a commissioner works those
 * routed to him; overdue ones in red. One request's page shows its timeline and the steps the caller may take.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestDesk desk;

    @Inject
    transient ServiceCatalog catalog;

    private String status;
    private boolean overdue;
    private Long id;
    private final RequestInput input = new RequestInput();
    private transient ServiceRequest selected;
    private transient boolean selectedRead;

    public List<ServiceRequest> getRequests() {
        return desk.search(Paging.status(RequestStatus.class, status), overdue, 0, 200);
    }

    public ServiceRequest getSelected() {
        if (!selectedRead && id != null) {
            selectedRead = true;
            try {
                selected = desk.visible(id);
            } catch (NotFound e) {
                PageMessages.refuse(e, f -> null);
            }
        }
        return selected;
    }

    public List<String> getActions() {
        return getSelected() == null
                ? List.of()
                : desk.available(id).stream().map(RequestStep::name).toList();
    }

    public List<ActivityView> getTimeline() {
        return getSelected() == null ? List.of() : desk.timeline(id);
    }

    public boolean overdue(ServiceRequest r) {
        return r.overdueOn(desk.today());
    }

    public String raise() {
        try {
            ServiceRequest r = desk.raise(input.request());
            PageMessages.info("page.requests.raised", String.valueOf(r.id()));
            input.clearRequest();
        } catch (RuntimeException e) {
            PageMessages.refuse(e, field -> "raiseForm:" + field);
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
            PageMessages.info("page.requests.done", ServicesPlanText.ref("request.action." + step), String.valueOf(id));
            input.clearStep();
            selectedRead = false;
        } catch (RuntimeException e) {
            PageMessages.refuse(e, field -> "step:" + field);
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
                        code, PageMessages.messages().locale().getLanguage().equals("en"));
    }

    public RequestInput getInput() {
        return input;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.selectedRead = false;
    }
}
