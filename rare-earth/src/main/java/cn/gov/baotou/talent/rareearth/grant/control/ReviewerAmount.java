package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.Set;

/**
 * The measures whose amount a reviewer decides and records with a reason: case by case (一事一议, rare-earth.1;
 * 视情况, rare-earth.8), within 5—20 万元 for a national or autonomous-region level talent or team (rare-earth.3), up
 * to 10 万元 by the patent's commercialisation benefit (rare-earth.11). Until decided, the case waits for it.
 */
final class ReviewerAmount {

    private static final Set<String> LEVELS = Set.of("NATIONAL", "REGION");
    private static final Set<String> PATENTS = Set.of("INVENTION", "UTILITY_MODEL", "DESIGN");

    private ReviewerAmount() {}

    static Yuan caseByCase(SupportCase c, Verdict v) {
        if (!decided(c, v)) {
            return null;
        }
        v.check(
                c.decided().isPositive(),
                "decidedAmount",
                "check.decided.caseByCase",
                "check.decided.zero",
                c.decided());
        return c.decided();
    }

    static Yuan within(SupportCase c, Verdict v, Yuan min, Yuan max) {
        String level = c.facts().category();
        v.check(
                LEVELS.contains(level),
                "level",
                "check.cultivation.level",
                "check.cultivation.noLevel",
                RareEarthMessages.ref("level." + level));
        if (c.decided() == null) {
            v.check(false, "decidedAmount", null, "check.decided.pendingRange", min, max);
            return null;
        }
        boolean in = c.decided().compareTo(min) >= 0 && c.decided().compareTo(max) <= 0;
        v.check(in, "decidedAmount", "check.decided.inRange", "check.decided.outOfRange", c.decided(), min, max);
        reason(c, v);
        return c.decided();
    }

    static Yuan patent(SupportCase c, Verdict v, Yuan cap) {
        String type = c.facts().category();
        v.check(
                PATENTS.contains(type),
                "patentType",
                "check.patent.type",
                "check.patent.noType",
                RareEarthMessages.ref("patent." + type));
        Yuan benefit = c.facts().basis();
        v.check(
                benefit != null && benefit.isPositive(),
                "commercialisation",
                "check.patent.benefit",
                "check.patent.noBenefit",
                String.valueOf(benefit));
        if (c.decided() == null) {
            v.check(false, "decidedAmount", null, "check.decided.pendingCap", cap);
            return null;
        }
        v.check(
                c.decided().isPositive() && c.decided().compareTo(cap) <= 0,
                "decidedAmount",
                "check.decided.upToCap",
                "check.decided.overCap",
                c.decided(),
                cap);
        reason(c, v);
        return c.decided();
    }

    private static boolean decided(SupportCase c, Verdict v) {
        if (c.decided() == null) {
            v.check(false, "decidedAmount", null, "check.decided.pending");
            return false;
        }
        return reason(c, v);
    }

    private static boolean reason(SupportCase c, Verdict v) {
        boolean given = c.decisionReason() != null && !c.decisionReason().isBlank();
        return v.check(given, "decisionReason", "check.decided.reason", "check.decided.noReason", c.decisionReason());
    }
}
