package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import java.time.LocalDate;

/** A filed 细则, 办事流程 or 配套措施 as the board and the API show it: who filed it, and where to read it. */
public record FilingView(
        long id,
        int measureNo,
        String kind,
        String departmentCode,
        String districtCode,
        String owner,
        String title,
        LocalDate issuedOn,
        long documentId,
        String content) {

    static FilingView of(MeasureDocument d, String owner) {
        return new FilingView(
                d.id(),
                d.measureNo(),
                d.kind().name(),
                d.departmentCode(),
                d.districtCode(),
                owner,
                d.title(),
                d.issuedOn(),
                d.documentId(),
                "/api/v1/rare-earth/measures/documents/" + d.documentId() + "/content");
    }
}
