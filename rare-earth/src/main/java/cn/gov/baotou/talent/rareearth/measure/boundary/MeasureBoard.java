package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** 措施看板: the 15 measures with who delivered what, the ledger's cases and money, and this year's targets. */
@Named("reBoard")
@RequestScoped
public class MeasureBoard {

    @Inject
    MeasureOverview overview;

    private List<MeasureSummary> rows;

    public List<MeasureSummary> getRows() {
        if (rows == null) {
            rows = overview.board(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        }
        return rows;
    }

    public int getYear() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** A target's name, planned and achieved, as one line: 引进高精尖人才团队 2 / 5 以上. */
    public String target(TargetProgress t) {
        Messages m = Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String planned = t.plannedMax() == null
                ? m.get(RareEarthMessages.BUNDLE, "board.target.atLeast", t.plannedMin())
                : m.get(RareEarthMessages.BUNDLE, "board.target.range", t.plannedMin(), t.plannedMax());
        return m.get(RareEarthMessages.BUNDLE, t.labelKey()) + "：" + t.achieved() + " / " + planned;
    }
}
