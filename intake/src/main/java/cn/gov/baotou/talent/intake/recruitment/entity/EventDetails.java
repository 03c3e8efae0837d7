package cn.gov.baotou.talent.intake.recruitment.entity;

import java.time.LocalDate;

/** What a recruitment event is: its name, the university (or place) and region, its days and who organised it. */
public record EventDetails(
        String name, String university, String region, LocalDate startsOn, LocalDate endsOn, String organiser) {

    public EventDetails {
        if (name == null || university == null || startsOn == null || endsOn == null || organiser == null) {
            throw new IllegalArgumentException("an event has a name, a place, its days and an organiser");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("an event ends on or after the day it starts");
        }
    }
}
