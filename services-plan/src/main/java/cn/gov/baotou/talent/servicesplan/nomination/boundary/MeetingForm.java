package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import java.util.List;

/**
 * What the city office records of a meeting (services-plan.5.3): its date, the minutes' number, optionally the
 * minutes as a document, and for each nomination on the list the nominees it approved.
 */
public record MeetingForm(String meetingDate, String minutesNo, String documentId, List<Decision> decisions) {

    public MeetingForm {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The meeting's decision on one nomination: the nominees approved (the others are not) and any opinion. */
    public record Decision(Long nominationId, List<Long> approvedNomineeIds, String opinion) {

        public Decision {
            approvedNomineeIds = approvedNomineeIds == null ? List.of() : List.copyOf(approvedNomineeIds);
        }
    }
}
