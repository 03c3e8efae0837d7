package cn.gov.baotou.talent.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Reports.data} gathers every source in a fixed order, passes the scope on, and names the versions read. */
class ReportDataAssemblyTest {

    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    static final ReportPeriod Y2022 = ReportPeriod.year(2022);

    /** The seed's parameters, without a database. */
    static final PolicyParameters SEED = new PolicyParameters() {
        @Override
        public ParameterHistory history() {
            return ParameterHistory.seed();
        }
    };

    final List<ReportScope> asked = new ArrayList<>();

    @Test
    void targetsComeFromEverySourceInPolicyOrderAndSectionsOfTheKind() {
        Reports reports = new Reports(
                List.of(targets("rare-earth", "teams"), targets("intake", "doctors")),
                List.of(section("rare-earth"), section("core"), section("intake")),
                SEED,
                Fixtures.names(),
                Clock.fixed(NOW, Beijing.ZONE));
        ReportScope scope = new ReportScope(Y2022, "150291");

        ReportData data = reports.data(ReportKind.TARGETS, scope, "zh");

        assertThat(data.targets()).extracting(TargetProgress::policyId).containsExactly("intake", "rare-earth");
        assertThat(data.sections())
                .extracting(ReportTable::key)
                .containsExactly("core.TARGETS", "intake.TARGETS", "rare-earth.TARGETS");
        assertThat(asked).containsOnly(scope);
        assertThat(data.generatedAt()).isEqualTo(NOW);
        assertThat(data.parameterVersion()).isEqualTo("2022");
        assertThat(data.scope()).isEqualTo(scope);
    }

    @Test
    void otherReportsHaveNoTargets() {
        Reports reports = new Reports(
                List.of(targets("intake", "doctors")),
                List.of(section("core")),
                SEED,
                Fixtures.names(),
                Clock.fixed(NOW, Beijing.ZONE));

        ReportData data = reports.data(ReportKind.FUNDS, ReportScope.city(Y2022), "en");

        assertThat(data.targets()).isEmpty();
        assertThat(data.sections()).extracting(ReportTable::key).containsExactly("core.FUNDS");
        assertThat(data.english()).isTrue();
    }

    @Test
    void aPeriodAfterTheLastVersionNamesTheNewestThatHadBegun() {
        Reports reports = new Reports(List.of(), List.of(), SEED, Fixtures.names(), Clock.fixed(NOW, Beijing.ZONE));

        assertThat(reports.data(ReportKind.TARGETS, ReportScope.city(ReportPeriod.year(2026)), "zh")
                        .parameterVersion())
                .isEqualTo("2022");
        assertThat(reports.data(ReportKind.TARGETS, ReportScope.city(ReportPeriod.year(2021)), "zh")
                        .parameterVersion())
                .isEqualTo("-");
    }

    TargetProgressSource targets(String policy, String key) {
        return new TargetProgressSource() {
            @Override
            public String policyId() {
                return policy;
            }

            @Override
            public List<TargetProgress> progress(ReportPeriod period) {
                throw new AssertionError("the scope is passed on, not only the period");
            }

            @Override
            public List<TargetProgress> progress(ReportScope scope) {
                asked.add(scope);
                return List.of(new TargetProgress(
                        policy,
                        key,
                        policy + ".1",
                        key,
                        key,
                        "名",
                        BigDecimal.TEN,
                        null,
                        BigDecimal.ONE,
                        List.of(new Breakdown(Dimension.DISTRICT, "150291", "150291", BigDecimal.ONE))));
            }
        };
    }

    ReportSectionSource section(String policy) {
        return new ReportSectionSource() {
            @Override
            public String policyId() {
                return policy;
            }

            @Override
            public List<ReportTable> sections(ReportKind report, ReportScope scope) {
                asked.add(scope);
                return List.of(new ReportTable(
                        policy + "." + report,
                        policy,
                        policy,
                        null,
                        List.of(ReportTable.Column.text("a", "a")),
                        List.of()));
            }
        };
    }
}
