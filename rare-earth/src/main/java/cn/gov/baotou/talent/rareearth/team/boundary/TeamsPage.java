package cn.gov.baotou.talent.rareearth.team.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 高精尖人才团队 (rare-earth.1): the year's teams, the report form, and the city office's confirmation. */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamDesk desk;

    @Inject
    transient Caller caller;

    @Inject
    transient Clock clock;

    private int year;
    private final HashMap<String, String> form = new HashMap<>();
    private String note;

    /** This year by default, on the platform's clock. */
    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
    }

    public List<HighEndTeam> getTeams() {
        return desk.year(year);
    }

    public boolean isMayReport() {
        return caller.is(Role.ENTERPRISE, Role.CITY_OFFICE);
    }

    public boolean isCityOffice() {
        return caller.is(Role.CITY_OFFICE);
    }

    public List<String> getFields() {
        return Arrays.stream(RareEarthField.values()).map(Enum::name).toList();
    }

    public void report() {
        HighEndTeam t = PageReplies.attempt(
                        PageReplies.inForm("report"),
                        () -> desk.report(new TeamForm(
                                form.get("enterpriseId"),
                                form.get("name"),
                                form.get("field"),
                                form.get("leaderName"),
                                form.get("members"),
                                form.get("introducedOn"),
                                form.get("terms"))))
                .orElse(null);
        if (t != null) {
            form.clear();
            PageReplies.info(RareEarthMessages.BUNDLE, "team.reported", t.name());
        }
    }

    public void decide(long id, boolean confirm) {
        HighEndTeam t = PageReplies.attempt(PageReplies.inForm("decide"), () -> desk.decide(id, confirm, note))
                .orElse(null);
        if (t != null) {
            note = null;
            PageReplies.info(RareEarthMessages.BUNDLE, "team.decidedNow", t.name());
        }
    }

    public Map<String, String> getForm() {
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
