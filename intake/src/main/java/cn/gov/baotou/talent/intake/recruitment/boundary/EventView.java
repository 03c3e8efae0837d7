package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.EventDetails;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentEvent;
import java.time.LocalDate;
import java.util.List;

/** A recruitment event as the API shows it; one event also lists the candidates the caller may see. */
public record EventView(
        long id,
        String name,
        String university,
        String region,
        LocalDate startsOn,
        LocalDate endsOn,
        String organiser,
        List<CandidateView> candidates) {

    public static EventView of(RecruitmentEvent e, List<CandidateView> candidates) {
        EventDetails d = e.details();
        return new EventView(
                e.id(), d.name(), d.university(), d.region(), d.startsOn(), d.endsOn(), d.organiser(), candidates);
    }
}
