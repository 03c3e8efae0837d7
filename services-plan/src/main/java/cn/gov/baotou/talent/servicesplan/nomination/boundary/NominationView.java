package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import java.time.LocalDate;
import java.util.List;

/**
 * A nomination as the API shows it: its filing, quota and state, its nominees (ID numbers masked unless the caller
 * reads personal data), the meeting that decided it, and — for one nomination — what the caller may do and its
 * timeline (流程记录).
 */
public record NominationView(
        long id,
        long enterpriseId,
        String enterpriseName,
        String districtCode,
        int quotaYear,
        LocalDate appliedOn,
        LocalDate windowStart,
        LocalDate windowEnd,
        int quota,
        String basis,
        String tierClause,
        String status,
        LocalDate meetingDate,
        String minutesNo,
        LocalDate notifiedOn,
        List<NomineeView> nominees,
        List<String> actions,
        List<ActivityView> timeline) {

    /** One nominee. */
    public record NomineeView(
            long id,
            long personId,
            String name,
            String idNumber,
            String kind,
            String jobTitle,
            String contribution,
            String outcome) {

        static NomineeView of(Nominee m, boolean clear) {
            return new NomineeView(
                    m.id(),
                    m.person().id(),
                    m.person().name(),
                    clear
                            ? m.person().idNumber().value()
                            : m.person().idNumber().masked(),
                    m.kind().name(),
                    m.jobTitle(),
                    m.contribution(),
                    m.outcome().name());
        }
    }

    public static NominationView of(Nomination n, boolean clear, List<String> actions, List<ActivityView> timeline) {
        return new NominationView(
                n.id(),
                n.enterprise().id(),
                n.enterprise().name(),
                n.districtCode(),
                n.quotaYear(),
                n.appliedOn(),
                n.windowStart(),
                n.windowEnd(),
                n.quota(),
                n.basis() == null ? null : n.basis().name(),
                n.tierClauseId(),
                n.status().name(),
                n.meeting() == null ? null : n.meeting().meetingDate(),
                n.meeting() == null ? null : n.meeting().minutesNo(),
                n.notifiedOn(),
                n.nominees().stream().map(m -> NomineeView.of(m, clear)).toList(),
                actions,
                timeline);
    }
}
