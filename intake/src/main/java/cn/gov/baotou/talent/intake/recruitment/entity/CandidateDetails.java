package cn.gov.baotou.talent.intake.recruitment.entity;

import cn.gov.baotou.talent.intake.eligibility.control.Degree;

/** A candidate as recorded: name, degree, institution and major, the enterprise interested (if any) and status. */
public record CandidateDetails(
        String fullName, Degree degree, String institution, String major, Long enterpriseId, CandidateStatus status) {

    public CandidateDetails {
        if (fullName == null || degree == null || institution == null || major == null || status == null) {
            throw new IllegalArgumentException("a candidate has a name, a degree, an institution, a major, a status");
        }
    }
}
