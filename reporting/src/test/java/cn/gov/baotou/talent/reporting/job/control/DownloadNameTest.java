package cn.gov.baotou.talent.reporting.job.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownloadNameTest {

    @Test
    void aYearIsNamedByItsNumberAndOtherPeriodsByTheirDays() {
        assertThat(DownloadName.of("目标任务完成情况", ReportPeriod.year(2025), "全市", "pdf"))
                .isEqualTo("目标任务完成情况_2025年_全市.pdf");
        ReportPeriod ytd = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 6));
        assertThat(DownloadName.of("资金拨付情况", ytd, "昆区", "xlsx")).isEqualTo("资金拨付情况_2026-01-01_2026-12-06_昆区.xlsx");
        assertThat(DownloadName.ascii(ReportKind.FUNDS, ytd, "150203", "xlsx"))
                .isEqualTo("funds_2026-01-01_2026-12-06_150203.xlsx");
        assertThat(DownloadName.ascii(ReportKind.TARGETS, ReportPeriod.year(2025), null, "pdf"))
                .isEqualTo("targets_2025_city.pdf");
    }

    @Test
    void theHeaderCarriesBothNamesTheChineseOnePercentEncoded() {
        assertThat(DownloadName.contentDisposition("目标 任务.pdf", "targets.pdf"))
                .isEqualTo(
                        "attachment; filename=\"targets.pdf\"; filename*=UTF-8''%E7%9B%AE%E6%A0%87%20%E4%BB%BB%E5%8A%A1.pdf");
    }

    @Test
    void charactersAFileSystemRefusesAreReplaced() {
        assertThat(DownloadName.of("Funds / paid", ReportPeriod.year(2025), "Whole city", "pdf"))
                .isEqualTo("funds-paid_2025年_whole-city.pdf");
    }
}
