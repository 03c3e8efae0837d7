package cn.gov.baotou.talent.servicesplan.service.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeService;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 服务保障: the 16 items of each approved nominee, one line each; the responsible department's commissioner (and the city
 * office) records where each stands, the enterprise and its district office follow.
 */
@Named
@ViewScoped
public class ServicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceItemDesk desk;

    @Inject
    transient ServiceCatalog catalog;

    @Inject
    transient Caller caller;

    private String status;
    private Long nomineeId;
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public List<NomineeService> getItems() {
        List<NomineeService> items = desk.search(Paging.status(ServiceStatus.class, status), nomineeId, 0, 500);
        items.forEach(s -> {
            statuses.putIfAbsent(s.id(), s.status().name());
            notes.putIfAbsent(s.id(), s.note());
        });
        return items;
    }

    public boolean isEditable() {
        return caller.is(Role.DEPARTMENT, Role.CITY_OFFICE);
    }

    public void save(long id) {
        try {
            NomineeService s = desk.update(id, new ServiceItemForm(statuses.get(id), notes.get(id)));
            PageReplies.info(
                    ServicesPlanText.BUNDLE,
                    "page.services.saved",
                    itemName(s.itemCode()),
                    s.nominee().person().name());
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> null);
        }
    }

    public String itemName(String code) {
        boolean english = PageReplies.messages().locale().getLanguage().equals("en");
        return catalog.item(code).map(i -> english ? i.nameEn() : i.name()).orElse(code);
    }

    public String departmentName(String code) {
        return catalog.departmentName(
                code, PageReplies.messages().locale().getLanguage().equals("en"));
    }

    public List<ServiceStatus> getStatusChoices() {
        return List.of(ServiceStatus.values());
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getNomineeId() {
        return nomineeId;
    }

    public void setNomineeId(Long nomineeId) {
        this.nomineeId = nomineeId;
    }
}
