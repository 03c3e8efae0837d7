package cn.gov.baotou.talent.rareearth.training.boundary;

import static cn.gov.baotou.talent.rareearth.rest.XlsxDownload.column;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.XlsxDownload;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
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
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year's training records as Excel (导出), within the caller's scope, read page by page (a year holds 1000 or more). */
@Path("/v1/rare-earth/training/records.xlsx")
@RequestScoped
@Transactional
@Tag(name = "rare-earth")
public class TrainingWorkbookResource {

    static final int CHUNK = 1000;

    @Inject
    TrainingDesk desk;

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
    @Operation(summary = "导出某年完成培养的人才（Excel，.xlsx；year 默认今年），按权限范围")
    public Response download(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Messages m = ProblemResponses.messages(headers);
        return XlsxDownload.of(
                table(desk, y, names, m),
                List.of(XlsxDownload.filter(m, "export.year", String.valueOf(y))),
                caller.getScopeLabel(),
                m,
                clock.instant(),
                m.get(RareEarthMessages.BUNDLE, "training.title"));
    }

    public static ReportTable table(TrainingDesk desk, int year, RegistryNames names, Messages m) {
        List<TrainingRecord> all = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<TrainingRecord> page = desk.search(year, first, CHUNK);
            all.addAll(page);
            if (page.size() < CHUNK) {
                break;
            }
        }
        Map<String, String> districts = names.districts();
        Map<Long, String> partners = names.enterprises(all.stream()
                .map(TrainingRecord::partnerEnterpriseId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingRecord r : all) {
            rows.add(Arrays.asList(
                    r.institution(),
                    m.get(RareEarthMessages.BUNDLE, "institutionKind." + r.institutionKind()),
                    r.traineeName(),
                    r.studentNo(),
                    m.get(RareEarthMessages.BUNDLE, "trainingType." + r.talentType()),
                    m.get(RareEarthMessages.BUNDLE, "trainingMode." + r.trainingMode()),
                    r.major(),
                    r.partnerEnterpriseId() == null ? null : partners.get(r.partnerEnterpriseId()),
                    districts.getOrDefault(r.districtCode(), r.districtCode()),
                    r.completedOn()));
        }
        return new ReportTable(
                "rare-earth.training",
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, "training.title"),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, "training.title"),
                "rare-earth.7",
                List.of(
                        column(CellKind.TEXT, "training.institution"),
                        column(CellKind.TEXT, "export.institutionKind"),
                        column(CellKind.TEXT, "export.traineeName"),
                        column(CellKind.TEXT, "export.studentNo"),
                        column(CellKind.TEXT, "training.type"),
                        column(CellKind.TEXT, "training.mode"),
                        column(CellKind.TEXT, "training.major"),
                        column(CellKind.TEXT, "export.partner"),
                        column(CellKind.TEXT, "export.district"),
                        column(CellKind.DATE, "training.completedOn")),
                rows);
    }
}
