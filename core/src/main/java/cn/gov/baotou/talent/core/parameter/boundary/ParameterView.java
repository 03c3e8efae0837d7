package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A parameter's value in one version as the API and pages show it, with the address of its clause's text. */
@JsonbPropertyOrder({
    "key",
    "value",
    "type",
    "unit",
    "description",
    "policyId",
    "clauseId",
    "version",
    "validFrom",
    "validTo",
    "clausePage"
})
public record ParameterView(
        String key,
        String value,
        String type,
        String unit,
        String description,
        String policyId,
        String clauseId,
        String version,
        LocalDate validFrom,
        LocalDate validTo,
        String clausePage)
        implements java.io.Serializable {

    public static ParameterView of(ParameterValue v) {
        return new ParameterView(
                v.key(),
                v.value(),
                v.type().name(),
                v.unit(),
                v.description(),
                v.policyId(),
                v.clauseId(),
                v.version(),
                v.validFrom(),
                v.validTo(),
                "/core/policy.xhtml?id=" + v.policyId() + "#" + v.clauseId());
    }
}
