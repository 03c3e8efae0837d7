package cn.gov.baotou.talent.rareearth.team.boundary;

import static cn.gov.baotou.talent.rareearth.rest.XlsxDownload.column;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.XlsxDownload;
import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year's high-end teams as Excel (导出), within the caller's scope, as the teams page lists them. */
@Path("/v1/rare-earth/teams.xlsx")
@RequestScoped
@Transactional
@Tag(name = "rare-earth")
public class TeamsWorkbookResource {

    @Inject
    TeamDesk desk;

    @Inject
    RegistryNames names;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出某年引进的高精尖人才团队（Excel，.xlsx；year 默认今年），按权限范围")
    public Response download(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Messages m = ProblemResponses.messages(headers);
        return XlsxDownload.of(
                table(desk.year(y), names, m),
                List.of(XlsxDownload.filter(m, "export.year", String.valueOf(y))),
                caller.getScopeLabel(),
                m,
                clock.instant(),
                m.get(RareEarthMessages.BUNDLE, "teams.title"));
    }

    public static ReportTable table(List<HighEndTeam> teams, RegistryNames names, Messages m) {
        Map<Long, String> enterprises = names.enterprises(
                teams.stream().map(HighEndTeam::enterpriseId).distinct().toList());
        Map<String, String> districts = names.districts();
        List<List<Object>> rows = new ArrayList<>();
        for (HighEndTeam t : teams) {
            rows.add(Arrays.asList(
                    t.name(),
                    m.get(
                            RareEarthMessages.BUNDLE,
                            "rareEarthField." + t.field().name()),
                    enterprises.get(t.enterpriseId()),
                    districts.getOrDefault(t.districtCode(), t.districtCode()),
                    t.leaderName(),
                    (long) t.members(),
                    t.introducedOn(),
                    t.terms(),
                    m.get(RareEarthMessages.BUNDLE, "team.status." + t.status().name()),
                    t.decisionNote()));
        }
        return new ReportTable(
                "rare-earth.teams",
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, "teams.title"),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, "teams.title"),
                "rare-earth.1",
                List.of(
                        column(CellKind.TEXT, "teams.name"),
                        column(CellKind.TEXT, "problems.field"),
                        column(CellKind.TEXT, "apply.enterprise"),
                        column(CellKind.TEXT, "export.district"),
                        column(CellKind.TEXT, "teams.leader"),
                        column(CellKind.COUNT, "teams.members"),
                        column(CellKind.DATE, "teams.introducedOn"),
                        column(CellKind.TEXT, "teams.terms"),
                        column(CellKind.TEXT, "applications.status"),
                        column(CellKind.TEXT, "export.decisionNote")),
                rows);
    }
}
