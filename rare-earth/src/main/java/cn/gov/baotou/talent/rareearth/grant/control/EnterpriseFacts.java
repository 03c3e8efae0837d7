package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import java.time.LocalDate;

/** What the registry says of the applying enterprise, as the rules need it. */
public record EnterpriseFacts(
        String name, boolean rareEarth, boolean aboveDesignatedSize, boolean highTech, LocalDate highTechValidTo) {

    public static EnterpriseFacts of(Enterprise e) {
        return new EnterpriseFacts(e.name(), e.rareEarth(), e.aboveDesignatedSize(), e.highTech(), e.highTechValidTo());
    }

    /** A high-tech enterprise whose certificate is valid on {@code day} (a certificate without an end date is). */
    public boolean highTechOn(LocalDate day) {
        return highTech && (highTechValidTo == null || !highTechValidTo.isBefore(day));
    }
}
