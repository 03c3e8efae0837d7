package cn.gov.baotou.talent.reporting.forecast;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterDraftDesk;
import cn.gov.baotou.talent.core.parameter.entity.DraftValue;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.report.control.BudgetForecastSource;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.reporting.forecast.boundary.BudgetForecast;
import cn.gov.baotou.talent.reporting.forecast.control.FinanceForecast;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import cn.gov.baotou.talent.reporting.pdf.PdfChecks;
import cn.gov.baotou.talent.reporting.pdf.boundary.TablesAsPdf;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The façade over a real (H2) database with a draft raising the PhD subsidy to 30 万元 from 2026: it reads both
 * versions on the draft's first day, asks every source, and names each finance from the registry; bad input is refused
 * by field. Sources here are stand-ins pricing one PhD per district they are given.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetForecastTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final String DOCTOR = "intake.subsidy.doctorYuan";

    private EntityManagerFactory emf;
    private long draft;
    private final List<ForecastRequest> asked = new ArrayList<>();

    @BeforeAll
    void database() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(
                        District.class,
                        Industry.class,
                        Policy.class,
                        Clause.class,
                        PolicyParameter.class,
                        ParameterDraft.class,
                        DraftValue.class,
                        Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
        draft = inTransaction(emf, em -> desk(em).upload(
                                "2026 年提高博士补贴",
                                "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n"
                                        + "intake,intake.3.2.1," + DOCTOR + ",MONEY,300000.00,元,博士补贴 30 万元,2026,"
                                        + "2026-01-01,2026-12-31\n"))
                .id();
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void bothVersionsAreReadOnTheDraftsFirstDayAndEverySourceIsSummedPerFinanceByName() {
        Forecast f = forecast(b -> b.forecast(draft, 2026, 2));
        assertThat(f.day()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(f.inForceVersions()).isEqualTo("2022");
        assertThat(f.draftVersions()).isEqualTo("2022、2026");
        assertThat(f.firstPastYear()).isEqualTo(2024);
        assertThat(f.lastPastYear()).isEqualTo(2025);
        assertThat(asked).last().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2026);
            assertThat(r.today()).isEqualTo(TODAY);
            assertThat(r.districtCode()).isNull();
        });
        assertThat(f.finances()).hasSize(11);
        FinanceForecast city = f.finances().get(0);
        assertThat(city.finance().name()).isEqualTo("市财政");
        assertThat(city.rows()).singleElement().satisfies(r -> {
            assertThat(r.cases()).isEqualTo(2);
            assertThat(r.inForceYuan()).isEqualByComparingTo("200000.00");
            assertThat(r.draftYuan()).isEqualByComparingTo("300000.00");
            assertThat(r.policy().name()).isEqualTo("博士硕士引进");
        });
        assertThat(f.finances())
                .filteredOn(x -> x.finance().code().equals("150203"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.finance().name()).isEqualTo("昆都仑区财政");
                    assertThat(x.finance().nameEn()).isEqualTo("Kundulun District finance");
                    assertThat(x.differenceYuan()).isEqualByComparingTo("50000.00");
                });
        assertThat(f.finances()).filteredOn(x -> x.rows().isEmpty()).hasSize(8);
        assertThat(f.differenceYuan()).isEqualByComparingTo("200000.00");
        int year = forecast(b -> b.defaultYear(draft));
        assertThat(year).isEqualTo(2026);
    }

    @Test
    void aYearTheDraftDoesNotReachAndOutOfRangeInputAreRefusedByField() {
        InvalidInput notReached =
                catchThrowableOfType(() -> forecast(b -> b.forecast(draft, 2027, 2)), InvalidInput.class);
        assertThat(notReached.errors()).extracting(FieldError::field).containsExactly("year");
        InvalidInput range = catchThrowableOfType(() -> forecast(b -> b.forecast(draft, 2021, 4)), InvalidInput.class);
        assertThat(range.errors()).extracting(FieldError::field).containsExactly("year", "pastYears");
        assertThat(Messages.in(Messages.CHINESE).get(range.errors().get(1))).isEqualTo("往年年数 4 应为 1 至 3");
        assertThat(Messages.in(Locale.ENGLISH).get(range.errors().get(0)))
                .isEqualTo("The year 2021 is not between 2022 and 2036");
    }

    @Test
    void withoutAPdfRendererThereIsNoPdf() {
        Forecast f = forecast(b -> b.forecast(draft, 2026, 1));
        java.util.Optional<byte[]> pdf = forecast(b -> b.pdf(f, "t", "s", "zh"));
        assertThat(pdf).isEmpty();
    }

    @Test
    void thePdfIsPdfAWithTheEmbeddedFontAndEveryFinancesFigures() throws Exception {
        TablePdf renderer = new TablesAsPdf(clock());
        Forecast f = inTransaction(emf, em -> facade(em, renderer).forecast(draft, 2026, 2));
        byte[] pdf = inTransaction(emf, em -> facade(em, renderer).pdf(f, "预算测算：2026 年提高博士补贴", "草稿与现行版本对比", "zh"))
                .orElseThrow();
        Path file = Path.of("target", "forecast-test.pdf");
        Files.write(file, pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", "");
        assertThat(text)
                .contains("预算测算：2026年提高博士补贴", "内部资料", "各级财政测算汇总", "市财政")
                .contains("昆都仑区财政", "包头稀土高新技术产业开发区财政", "东河区财政")
                .contains("200,000.00", "300,000.00", "100,000.00", "市财政：按政策和措施", "博士研究生一次性补贴")
                .contains("intake.3.2.1", "在途案件");
        PdfChecks.fontsEmbeddedAndVector(pdf);
        PdfChecks.validPdfA2b(pdf);
    }

    private <T> T forecast(Function<BudgetForecast, T> work) {
        return inTransaction(emf, em -> work.apply(facade(em, null)));
    }

    private BudgetForecast facade(EntityManager em, TablePdf pdf) {
        return new BudgetForecast(List.of(source()), pdf, desk(em), districts(em), new PolicyCatalog(em), clock());
    }

    /** One PhD in the pipeline in Kundulun and one in the zone: each finance's half under each version. */
    private BudgetForecastSource source() {
        return new BudgetForecastSource() {
            @Override
            public String policyId() {
                return "intake";
            }

            @Override
            public List<ForecastLine> forecast(ForecastRequest r) {
                asked.add(r);
                List<ForecastLine> lines = new ArrayList<>();
                for (String district : List.of("150203", "150271")) {
                    for (String finance : List.of(ForecastLine.CITY, district)) {
                        lines.add(new ForecastLine(
                                "intake",
                                "intake.3.2.1",
                                "博士研究生一次性补贴",
                                "One-off PhD subsidy",
                                Basis.PIPELINE,
                                finance,
                                1,
                                r.inForce().money(DOCTOR).amount().divide(java.math.BigDecimal.valueOf(2)),
                                r.draft().money(DOCTOR).amount().divide(java.math.BigDecimal.valueOf(2))));
                    }
                }
                return lines;
            }
        };
    }

    private static ParameterDraftDesk desk(EntityManager em) {
        return new ParameterDraftDesk(em, clock(), "city");
    }

    private static Enterprises districts(EntityManager em) {
        return new Enterprises() {
            @Override
            public List<District> districts() {
                return em.createQuery("select d from District d order by d.code", District.class)
                        .getResultList();
            }
        };
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(Beijing.ZONE).plusHours(10).toInstant(), Beijing.ZONE);
    }
}
