package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import java.util.List;

/**
 * A nomination as the enterprise sends it: the day it applies (empty: today; the demo gives a day inside a past
 * window) and its nominees.
 */
public record NominationForm(String appliedOn, List<NomineeForm> nominees) {

    public NominationForm {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }
}
