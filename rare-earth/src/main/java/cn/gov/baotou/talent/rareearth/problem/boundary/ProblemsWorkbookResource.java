package cn.gov.baotou.talent.rareearth.problem.boundary;

import static cn.gov.baotou.talent.rareearth.rest.XlsxDownload.column;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblems;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.XlsxDownload;
import cn.gov.baotou.talent.rareearth.web.boundary.RegistryNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A year's key problems (揭榜挂帅) as Excel (导出), as the problems page lists them: published calls are public to
 * everyone signed in, so the appointed lead is named and the other bids are only counted.
 */
@Path("/v1/rare-earth/problems.xlsx")
@RequestScoped
@Transactional
@Tag(name = "rare-earth")
public class ProblemsWorkbookResource {

    @Inject
    ProblemDesk desk;

    @Inject
    KeyProblems problems;

    @Inject
    RegistryNames names;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出某年张榜的关键核心技术难题（Excel，.xlsx；year 默认今年）")
    public Response download(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Messages m = ProblemResponses.messages(headers);
        return XlsxDownload.of(
                table(desk.year(y), problems, names, m),
                List.of(XlsxDownload.filter(m, "export.year", String.valueOf(y))),
                null,
                m,
                clock.instant(),
                m.get(RareEarthMessages.BUNDLE, "problems.title"));
    }

    public static ReportTable table(List<KeyProblem> list, KeyProblems problems, RegistryNames names, Messages m) {
        Map<String, String> districts = names.districts();
        List<List<Object>> rows = new ArrayList<>();
        for (KeyProblem k : list) {
            Optional<ProblemBid> lead = k.leadBidId() == null ? Optional.empty() : problems.bid(k.leadBidId());
            rows.add(Arrays.asList(
                    k.title(),
                    m.get(
                            RareEarthMessages.BUNDLE,
                            "rareEarthField." + k.field().name()),
                    k.districtCode() == null ? null : districts.getOrDefault(k.districtCode(), k.districtCode()),
                    k.budget().amount(),
                    k.publishedOn(),
                    k.bidsDue(),
                    m.get(
                            RareEarthMessages.BUNDLE,
                            "keyProblem.status." + k.status().name()),
                    problems.bidCount(k.id()),
                    lead.map(b -> names.enterprises(List.of(b.enterpriseId())).get(b.enterpriseId()))
                            .orElse(null),
                    k.appointedOn(),
                    k.result(),
                    k.concludedOn()));
        }
        return new ReportTable(
                "rare-earth.problems",
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, "problems.title"),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, "problems.title"),
                "rare-earth.9",
                List.of(
                        column(CellKind.TEXT, "problems.problem"),
                        column(CellKind.TEXT, "problems.field"),
                        column(CellKind.TEXT, "export.district"),
                        column(CellKind.MONEY, "problems.budget"),
                        column(CellKind.DATE, "export.publishedOn"),
                        column(CellKind.DATE, "problems.bidsDue"),
                        column(CellKind.TEXT, "problems.status"),
                        column(CellKind.COUNT, "export.bids"),
                        column(CellKind.TEXT, "problems.lead"),
                        column(CellKind.DATE, "export.appointedOn"),
                        column(CellKind.TEXT, "problems.result"),
                        column(CellKind.DATE, "export.concludedOn")),
                rows);
    }
}
