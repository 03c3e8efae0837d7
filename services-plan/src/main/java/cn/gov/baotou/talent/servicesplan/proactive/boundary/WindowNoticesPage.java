package cn.gov.baotou.talent.servicesplan.proactive.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotice;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 免申即享, the city office's page: the notices sent before each window, the enterprises each told with their quota and
 * whether they have applied since; and sending a due notice now for a given day.
 */
@Named
@ViewScoped
public class WindowNoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProactiveNotice notice;

    @Inject
    Clock clock;

    private String today;
    private LocalDate shown;

    public List<WindowNotice> getNotices() {
        return notice.sent();
    }

    /** The send form is the city office's; leadership sees the notices only. */
    public boolean isMaySend() {
        return notice.maySend();
    }

    public List<ToldEnterprise> getTold() {
        return shown == null ? List.of() : notice.told(shown);
    }

    public void show(LocalDate windowStart) {
        shown = windowStart;
    }

    public void send() {
        try {
            FormInput in = new FormInput();
            LocalDate day = in.date("today", today, LocalDate.now(clock));
            in.check();
            Optional<WindowNotice> sent = notice.sendNow(day);
            if (sent.isPresent()) {
                shown = sent.get().windowStart();
                PageReplies.info(
                        ServicesPlanText.BUNDLE,
                        "page.windowNotices.sent",
                        shown.toString(),
                        sent.get().enterprisesTold());
            } else {
                PageReplies.info(ServicesPlanText.BUNDLE, "page.windowNotices.nothing", day.toString());
            }
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> "sendForm:" + field);
        }
    }

    public LocalDate getShown() {
        return shown;
    }

    public String getToday() {
        return today;
    }

    public void setToday(String today) {
        this.today = today;
    }
}
