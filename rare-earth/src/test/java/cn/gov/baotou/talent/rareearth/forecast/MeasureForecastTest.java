package cn.gov.baotou.talent.rareearth.forecast;

import static cn.gov.baotou.talent.rareearth.forecast.MeasurePricingTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.rareearth.forecast.control.MeasureCase;
import cn.gov.baotou.talent.rareearth.forecast.control.MeasureForecast;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases summed into lines per measure, basis and finance; the volume a yearly mean; districts only for measure 2. */
class MeasureForecastTest {

    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";

    private final ParameterHistory seed = ParameterHistory.seed();
    private final Parameters inForce = seed.newestOn(LocalDate.of(2026, 1, 1));
    private final Parameters draft = seed.withDraft(
            ParameterHistory.read(MeasurePricingTest.HEADER
                            + "rare-earth,rare-earth.5,rareEarth.migrantEngineer.capYuan,MONEY,150000.00,元,草稿,2026,"
                            + "2026-01-01,\n")
                    .all(),
            LocalDate.of(2026, 1, 1));

    @Test
    void pendingAndPastCasesBecomeOneLinePerMeasureBasisAndFinance() {
        List<ForecastLine> lines = MeasureForecast.lines(
                List.of(
                        new MeasureCase(
                                5, Basis.PIPELINE, ZONE, facts("CONSULTING", "400000.00", null, null, null), null),
                        new MeasureCase(
                                5, Basis.PIPELINE, KUNDULUN, facts("PART_TIME", "200000.00", null, null, null), null),
                        new MeasureCase(
                                5, Basis.VOLUME, ZONE, facts("CONSULTING", "500000.00", null, null, null), null),
                        new MeasureCase(2, Basis.PIPELINE, ZONE, facts("MASTER", null, null, null, null), null),
                        new MeasureCase(2, Basis.PIPELINE, KUNDULUN, facts("DOCTOR", null, null, null, null), null)),
                2,
                inForce,
                draft,
                n -> new MeasureForecast.Name("措施" + n, "Measure " + n));
        assertThat(lines)
                .extracting(l -> l.clauseId() + " " + l.basis() + " " + l.finance())
                .containsExactly(
                        "rare-earth.2 PIPELINE CITY",
                        "rare-earth.2 PIPELINE " + KUNDULUN,
                        "rare-earth.2 PIPELINE " + ZONE,
                        "rare-earth.5 PIPELINE CITY",
                        "rare-earth.5 VOLUME CITY");
        ForecastLine engineers = lines.get(3);
        assertThat(engineers.label()).isEqualTo("措施5");
        assertThat(engineers.labelEn()).isEqualTo("Measure 5");
        assertThat(engineers.cases()).isEqualTo(2);
        assertThat(engineers.inForceYuan()).isEqualByComparingTo("160000.00");
        assertThat(engineers.draftYuan()).isEqualByComparingTo("180000.00");
        ForecastLine pastEngineers = lines.get(4);
        assertThat(pastEngineers.cases()).isEqualTo(1);
        assertThat(pastEngineers.inForceYuan()).isEqualByComparingTo("50000.00");
        assertThat(pastEngineers.draftYuan()).isEqualByComparingTo("75000.00");
        assertThat(lines.get(0).inForceYuan()).isEqualByComparingTo("150000.00");
        assertThat(lines.get(1).inForceYuan()).isEqualByComparingTo("100000.00");
        assertThat(lines.get(2).inForceYuan()).isEqualByComparingTo("50000.00");
        assertThat(lines).allSatisfy(l -> assertThat(l.policyId()).isEqualTo("rare-earth"));
    }
}
