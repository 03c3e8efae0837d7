package cn.gov.baotou.talent.intake.recruitment.entity;

import java.time.LocalDate;

/** What an outside talent workstation is: its region, host institution, contact and the period it is active. */
public record WorkstationDetails(
        String name,
        String region,
        String hostInstitution,
        String contactPhone,
        String contactEmail,
        LocalDate activeFrom,
        LocalDate activeTo) {

    public WorkstationDetails {
        if (name == null || region == null || hostInstitution == null || activeFrom == null) {
            throw new IllegalArgumentException("a workstation has a name, a region, a host and a start");
        }
        if (contactPhone == null && contactEmail == null) {
            throw new IllegalArgumentException("a workstation has a contact");
        }
        if (activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new IllegalArgumentException("a workstation's period ends on or after its start");
        }
    }

    /** Active on the day: from its first day to its last, both included (an open end is still active). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }
}
