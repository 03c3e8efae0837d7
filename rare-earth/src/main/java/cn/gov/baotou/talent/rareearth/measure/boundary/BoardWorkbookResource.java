package cn.gov.baotou.talent.rareearth.measure.boundary;

import static cn.gov.baotou.talent.rareearth.rest.XlsxDownload.column;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.XlsxDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The measure board as Excel (导出): one row per measure, with the year's targets as the board shows them. */
@Path("/v1/rare-earth/measures.xlsx")
@RequestScoped
@Tag(name = "rare-earth")
public class BoardWorkbookResource {

    @Inject
    MeasureOverview overview;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出措施看板（Excel，.xlsx）：year 为目标年度（默认今年），资金为累计")
    public Response download(@QueryParam("year") Integer year) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        Messages m = ProblemResponses.messages(headers);
        List<MeasureSummary> board = overview.board(y == today.getYear() ? today : LocalDate.of(y, 12, 31));
        return XlsxDownload.of(
                table(board, m),
                List.of(XlsxDownload.filter(m, "export.year", String.valueOf(y))),
                null,
                m,
                clock.instant(),
                m.get(RareEarthMessages.BUNDLE, "board.title"));
    }

    /** The board as a table; texts in the reader's language. */
    public static ReportTable table(List<MeasureSummary> board, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureSummary s : board) {
            rows.add(Arrays.asList(
                    s.numberLabel() + s.heading(),
                    s.clauseId(),
                    s.leadText().isEmpty() ? m.get(RareEarthMessages.BUNDLE, "board.noLead") : s.leadText(),
                    s.responsibleText(),
                    s.reviewDepartment(),
                    s.rulesDelivered()
                            ? s.rules().stream().map(FilingView::title).collect(Collectors.joining("；"))
                            : m.get(RareEarthMessages.BUNDLE, "board.notDelivered"),
                    s.districtsDelivered() + " / " + s.districts(),
                    s.pays() ? s.money().grants() : null,
                    s.pays() ? new BigDecimal(s.money().committed()) : null,
                    s.pays() ? new BigDecimal(s.money().paid()) : null,
                    s.targets().stream().map(t -> MeasureBoard.targetLine(t, m)).collect(Collectors.joining("；"))));
        }
        return new ReportTable(
                "rare-earth.board",
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, "board.title"),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, "board.title"),
                null,
                List.of(
                        column(CellKind.TEXT, "board.measure"),
                        column(CellKind.TEXT, "application.clause"),
                        column(CellKind.TEXT, "export.lead"),
                        column(CellKind.TEXT, "export.responsible"),
                        column(CellKind.TEXT, "export.reviewer"),
                        column(CellKind.TEXT, "board.rules"),
                        column(CellKind.TEXT, "board.districtMeasures"),
                        column(CellKind.COUNT, "export.grants"),
                        column(CellKind.MONEY, "export.committed"),
                        column(CellKind.MONEY, "export.paid"),
                        column(CellKind.TEXT, "board.targets")),
                rows);
    }
}
