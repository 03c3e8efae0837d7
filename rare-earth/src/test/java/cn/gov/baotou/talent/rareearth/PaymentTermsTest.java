package cn.gov.baotou.talent.rareearth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.grant.control.PaymentTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deadlines and splits only where a text sets them: measure 2 is intake's subsidy (1:1 by rareEarth.intake.cityShare,
 * due within intake.payment.workingDays, intake.5.5); every other paying measure is the city's alone, with no due date.
 */
class PaymentTermsTest {

    static final ParameterHistory SEED = ParameterHistory.seed();
    static final Parameters P = SEED.at(LocalDate.of(2024, 9, 27));

    @Test
    void measure2IsSplitByItsCityShareAndDueWithinIntakesWorkingDays() {
        Shares s = PaymentTerms.split(2, Yuan.of("200000.01"), P);
        assertThat(s.city()).isEqualTo(Yuan.of("100000.01"));
        assertThat(s.district()).isEqualTo(Yuan.of("100000.00"));
        assertThat(PaymentTerms.workingDays(2, P)).hasValue(10);
    }

    @Test
    void aVersionWithAnotherShareAndDeadlineIsBookedAsItSays() {
        String header = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";
        ParameterHistory newer = SEED.imported(
                header
                        + "rare-earth,rare-earth.2,rareEarth.intake.cityShare,DECIMAL,0.6,比例,市级财政承担比例,2025,2025-01-01,2025-12-31\n"
                        + "intake,intake.5.5,intake.payment.workingDays,INTEGER,15,个工作日,拨付期限,2025,2025-01-01,2025-12-31\n",
                LocalDate.of(2024, 12, 1));
        Parameters p = newer.at(LocalDate.of(2025, 3, 3));
        Shares s = PaymentTerms.split(2, Yuan.wan(20), p);
        assertThat(s.city()).isEqualTo(Yuan.wan(12));
        assertThat(s.district()).isEqualTo(Yuan.wan(8));
        assertThat(PaymentTerms.workingDays(2, p)).hasValue(15);
    }

    @Test
    void everyOtherPayingMeasureIsTheCitysAloneWithNoDueDate() {
        for (int measure : new int[] {1, 3, 5, 6, 8, 10, 11, 12, 13}) {
            Shares s = PaymentTerms.split(measure, Yuan.wan(5), P);
            assertThat(s.city()).as("measure " + measure).isEqualTo(Yuan.wan(5));
            assertThat(s.district()).as("measure " + measure).isEqualTo(Yuan.ZERO);
            assertThat(PaymentTerms.workingDays(measure, P))
                    .as("measure " + measure)
                    .isEmpty();
        }
    }
}
