package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemActor;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
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

/** 揭榜挂帅: the year's key problems with their state, and the science bureau's form to publish one. */
@Named
@ViewScoped
public class ProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemDesk desk;

    @Inject
    transient Clock clock;

    private int year;
    private final HashMap<String, String> form = new HashMap<>();

    /** This year by default, on the platform's clock. */
    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
    }

    public List<KeyProblem> getProblems() {
        return desk.year(year);
    }

    public boolean isBureau() {
        return desk.actors(null).contains(ProblemActor.SCIENCE_BUREAU);
    }

    public List<String> getFields() {
        return Arrays.stream(RareEarthField.values()).map(Enum::name).toList();
    }

    public String publish() {
        KeyProblem k = PageReplies.attempt(
                        PageReplies.inForm("publish"),
                        () -> desk.publish(new ProblemForms.Publish(
                                form.get("title"),
                                form.get("description"),
                                form.get("field"),
                                form.get("districtCode"),
                                form.get("budgetYuan"),
                                form.get("bidsDue"))))
                .orElse(null);
        return k == null ? null : "/rare-earth/problem.xhtml?faces-redirect=true&id=" + k.id();
    }

    public Map<String, String> getForm() {
        return form;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
