package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.parameter.entity.ParameterType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value in one version: the key rules ask for, the policy and clause it comes from, its type and
 * canonical text, and the days it is valid ({@code validTo} inclusive; null while open-ended).
 */
public record ParameterValue(
        String key,
        String policyId,
        String clauseId,
        ParameterType type,
        String value,
        String unit,
        String description,
        String version,
        LocalDate validFrom,
        LocalDate validTo) {

    public ParameterValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(key + " " + version + ": valid to " + validTo + " before " + validFrom);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the two are values of the same key for at least one common day. */
    public boolean overlaps(ParameterValue other) {
        return key.equals(other.key)
                && (validTo == null || !other.validFrom.isAfter(validTo))
                && (other.validTo == null || !validFrom.isAfter(other.validTo));
    }

    /** Whether this value is valid on every day {@code other} is (an open end outlasts any end). */
    public boolean lastsAsLongAs(ParameterValue other) {
        return validTo == null || (other.validTo != null && !validTo.isBefore(other.validTo));
    }

    /** The same value ending on {@code lastDay}. */
    public ParameterValue endingOn(LocalDate lastDay) {
        return new ParameterValue(key, policyId, clauseId, type, value, unit, description, version, validFrom, lastDay);
    }

    /** The validity as people write it: {@code 2022-04-05…2025-12-31}, or {@code 2026-01-01…} while open-ended. */
    public String period() {
        return validFrom + "…" + (validTo == null ? "" : validTo.toString());
    }
}
