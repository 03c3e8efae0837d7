package cn.gov.baotou.talent.rareearth.training.control;

import java.time.LocalDate;

/** A checked row: one talent trained, every field read and valid. */
public record TrainingRow(
        int number,
        String institution,
        String institutionKind,
        String traineeName,
        String studentNo,
        String talentType,
        String trainingMode,
        String major,
        Long partnerEnterpriseId,
        String districtCode,
        LocalDate completedOn) {

    /** What identifies a trainee across imports: the institution and the student number. */
    public String key() {
        return institution + "\u0000" + studentNo;
    }
}
