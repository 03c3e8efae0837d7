package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import java.util.List;

/**
 * A nomination as it is sent: its nominees and, for a filing the city office enters from paper (services-plan.5.1),
 * the day it was filed on paper ({@code appliedOn}), the enterprise ({@code enterpriseId}) and the written reason
 * ({@code reason}). An enterprise applies on the platform's day: it may leave {@code appliedOn} out, or give today.
 */
public record NominationForm(String appliedOn, List<NomineeForm> nominees, String enterpriseId, String reason) {

    public NominationForm {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }

    /** An enterprise's filing: on the platform's day ({@code appliedOn} null or today). */
    public NominationForm(String appliedOn, List<NomineeForm> nominees) {
        this(appliedOn, nominees, null, null);
    }
}
