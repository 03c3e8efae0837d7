package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.Workstation;
import cn.gov.baotou.talent.intake.recruitment.entity.WorkstationDetails;
import java.time.LocalDate;
import java.util.List;

/** An outside talent workstation as the API shows it; one workstation also lists the candidates the caller may see. */
public record WorkstationView(
        long id,
        String name,
        String region,
        String hostInstitution,
        String contactPhone,
        String contactEmail,
        LocalDate activeFrom,
        LocalDate activeTo,
        boolean active,
        List<CandidateView> candidates) {

    public static WorkstationView of(Workstation w, LocalDate today, List<CandidateView> candidates) {
        WorkstationDetails d = w.details();
        return new WorkstationView(
                w.id(),
                d.name(),
                d.region(),
                d.hostInstitution(),
                d.contactPhone(),
                d.contactEmail(),
                d.activeFrom(),
                d.activeTo(),
                d.activeOn(today),
                candidates);
    }
}
