package cn.gov.baotou.talent.intake.hire.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** intake.6.2 按年度: year N is evaluated from its anniversary of the signing on, the anniversary included. */
class EvaluationDueTest {

    @ParameterizedTest(name = "due {0}, today {1}: open {2}")
    @CsvSource({
        "2025-09-27, 2025-09-26, false",
        "2025-09-27, 2025-09-27, true",
        "2025-09-27, 2025-09-28, true",
        "2024-09-27, 2022-09-27, false",
        // signed on a leap day: the year is complete on 28 February, as the hire's due date says
        "2025-02-28, 2025-02-27, false",
        "2025-02-28, 2025-02-28, true"
    })
    void yearNIsOpenFromItsAnniversary(String due, String today, boolean open) {
        assertThat(EvaluationDue.open(LocalDate.parse(due), LocalDate.parse(today)))
                .isEqualTo(open);
    }
}
