package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** A draft as the API and pages show it: who made it when, whether it became a version, and its values in order. */
@JsonbPropertyOrder({"id", "name", "versions", "createdBy", "createdOn", "promotedOn", "promotedBy", "size", "values"})
public record DraftView(
        long id,
        String name,
        String versions,
        String createdBy,
        LocalDate createdOn,
        LocalDate promotedOn,
        String promotedBy,
        int size,
        List<ParameterView> values)
        implements java.io.Serializable {

    static DraftView of(ParameterDraft d, List<ParameterValue> values) {
        return new DraftView(
                d.id(),
                d.name(),
                versions(values),
                d.createdBy(),
                d.createdOn(),
                d.promotedOn(),
                d.promotedBy(),
                values.size(),
                values.stream().map(ParameterView::of).toList());
    }

    /** The same without its values, for lists. */
    DraftView summary() {
        return new DraftView(id, name, versions, createdBy, createdOn, promotedOn, promotedBy, size, List.of());
    }

    /** The version labels and periods the draft's values carry, e.g. {@code 2026（2026-01-01…）}. */
    static String versions(List<ParameterValue> values) {
        TreeSet<String> labels = new TreeSet<>();
        values.forEach(v -> labels.add(v.version() + "（" + v.period() + "）"));
        return String.join("；", labels);
    }
}
