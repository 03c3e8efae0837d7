package cn.gov.baotou.talent.reporting.report;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.ledger.LedgerDatabase;
import cn.gov.baotou.talent.core.ledger.boundary.FundsSections;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.reporting.pdf.PdfChecks;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The funds report end to end on H2 with the demo registry: the ledger's sections gathered by {@link Reports}, rendered
 * as PDF and Excel, and the figures read back compared with sums the test asks the database for itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundsReportOnH2Test {

    static final Clock TODAY =
            Clock.fixed(LocalDate.of(2024, 10, 14).atStartOfDay(Beijing.ZONE).toInstant(), Beijing.ZONE);

    LedgerDatabase db;
    ReportData data;
    byte[] pdf;
    byte[] xlsx;

    @BeforeAll
    void ledger() throws Exception {
        db = new LedgerDatabase(TestDatabases.h2());
        long catalyst = db.enterprise("91150203MAYY0D072A");
        long magnet = db.enterprise("91150271MAYY0D013N");
        FundingGrant a = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(
                        db.person("赵旻"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(20), LocalDate.of(2024, 9, 13))));
        FundingGrant b = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(
                        db.person("孙昇"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), LocalDate.of(2024, 3, 1))));
        db.as(
                Callers.cityFinance(),
                l -> l.recordPayment(
                        b.id(), FinanceLevel.CITY, Yuan.wan(5), LocalDate.of(2024, 3, 8), "B-1", "h2-b-1"));
        Reports reports = reports();
        data = inTransaction(db.emf, em -> new Reports(
                        List.of(),
                        List.of(new FundsSections(em, new FundingPurposes(), TODAY)),
                        ReportDataAssemblyTest.SEED,
                        Fixtures.names(),
                        TODAY)
                .data(ReportKind.FUNDS, ReportScope.city(ReportPeriod.year(2024)), "zh"));
        pdf = reports.pdf(data);
        xlsx = reports.xlsx(data);
        Files.write(Path.of("target", "funds-h2.pdf"), pdf);
        assertThat(a.id()).isNotNull();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void thePdfShowsTheDatabasesSums() throws Exception {
        String text = PdfChecks.text(pdf).replaceAll("\\s+", "");
        long committed = db.count("select count(*) from core_grant where city_share_yuan > 0"
                + " and basis_date between date '2024-01-01' and date '2024-12-31'");
        String cityCommitted = money("select sum(city_share_yuan) from core_grant"
                + " where basis_date between date '2024-01-01' and date '2024-12-31'");
        String cityPaid = money("select sum(amount_yuan) from core_payment where finance_level = 'CITY'");
        assertThat(text).contains("市级财政" + committed + cityCommitted + "1" + cityPaid + "0.00");
        // overdue as of 2024-10-14: the September grant's two shares, due 2024-09-29 (15 days)
        assertThat(text).contains("逾期未拨付汇总（截至2024-10-14）", "市级财政1100,000.002024-09-2915", "昆区财政1100,000.00");
        assertThat(text).contains("依据条款：intake.5.5", "引进博士硕士补贴intake.3.2.1");
        PdfChecks.fontsEmbeddedAndVector(pdf);
        PdfChecks.validPdfA2b(pdf);
    }

    @Test
    void theWorkbookKeepsTheSameFiguresAsNumbers() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(4);
            List<Row> rows = sheets.get(0).read();
            Row city = rows.get(TableWorkbook.HEADER_ROW + 1);
            assertThat(city.getCellText(0)).isEqualTo("市级财政");
            BigDecimal sum = new BigDecimal(db.count("select sum(city_share_yuan) from core_grant"));
            assertThat(city.getCell(2).asNumber()).isEqualByComparingTo(sum);
            assertThat(city.getCell(1).asNumber()).isEqualByComparingTo("2");
        }
    }

    private Reports reports() {
        return new Reports(List.of(), List.of(), ReportDataAssemblyTest.SEED, Fixtures.names(), TODAY);
    }

    private String money(String sql) {
        return new DecimalFormat("#,##0.00").format(db.count(sql));
    }
}
