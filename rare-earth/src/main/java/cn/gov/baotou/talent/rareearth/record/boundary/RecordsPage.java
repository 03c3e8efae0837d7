package cn.gov.baotou.talent.rareearth.record.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.record.control.RecordKind;
import cn.gov.baotou.talent.rareearth.record.entity.MeasureRecord;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cases of measure 4, 8, 14 or 15 ({@code ?measure=}), and the form to record one for those it makes responsible. */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecordDesk desk;

    private int measure = 4;
    private final HashMap<String, String> form = new HashMap<>();

    public List<MeasureRecord> getRecords() {
        return desk.of(measure, 0, 200);
    }

    public long getTotal() {
        return desk.count(measure);
    }

    public boolean isMayRecord() {
        return desk.mayRecord(measure);
    }

    public List<String> getKinds() {
        return RecordKind.of(measure).kinds();
    }

    public boolean isNeedsTerms() {
        return RecordKind.of(measure).needsTerms();
    }

    public void record() {
        MeasureRecord r = PageReplies.attempt(
                        PageReplies.inForm("record"),
                        () -> desk.record(
                                measure,
                                new RecordForm(
                                        form.get("kind"),
                                        form.get("title"),
                                        form.get("counterpart"),
                                        form.get("enterpriseId"),
                                        form.get("districtCode"),
                                        form.get("startedOn"),
                                        form.get("endedOn"),
                                        form.get("people"),
                                        form.get("terms"))))
                .orElse(null);
        if (r != null) {
            form.clear();
            PageReplies.info(RareEarthMessages.BUNDLE, "record.recorded", r.title());
        }
    }

    public Map<String, String> getForm() {
        return form;
    }

    public int getMeasure() {
        return measure;
    }

    /** One of the recording measures; any other number shows measure 4. */
    public void setMeasure(int measure) {
        this.measure = RecordKind.of(measure) == null ? 4 : measure;
    }
}
