package cn.gov.baotou.talent.core.parameter.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the draft page as typed: the parameter's fixed columns, the value it would replace, and the value,
 * version label and period being edited — kept as text until saved, when the row is read as a file's row would be.
 */
public class DraftRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ParameterView fixed;
    private final String inForce;
    private final String inForceVersion;
    private String value;
    private String version;
    private String validFrom;
    private String validTo;

    DraftRow(ParameterView v, String inForce, String inForceVersion) {
        this.fixed = v;
        this.inForce = inForce;
        this.inForceVersion = inForceVersion;
        this.value = v.value();
        this.version = v.version();
        this.validFrom = v.validFrom().toString();
        this.validTo = v.validTo() == null ? "" : v.validTo().toString();
    }

    /** The row's cells in the version file's column order; a field left empty may arrive as null. */
    List<String> cells() {
        return Arrays.asList(
                fixed.policyId(),
                fixed.clauseId(),
                fixed.key(),
                fixed.type(),
                value,
                fixed.unit(),
                fixed.description(),
                version,
                validFrom,
                validTo);
    }

    /** Whether the draft's value differs from the one in force (compared as typed, in canonical form once saved). */
    public boolean isChanged() {
        return inForce == null || !inForce.equals(value == null ? null : value.strip());
    }

    public ParameterView getFixed() {
        return fixed;
    }

    public String getInForce() {
        return inForce;
    }

    public String getInForceVersion() {
        return inForceVersion;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }
}
