package cn.gov.baotou.talent.intake.hire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far the year's targets of intake.1 have come, within the caller's scope. */
@Path("/v1/intake/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake")
public class IntakeTargetsResource {

    @Inject
    IntakeTargets targets;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "年度引进完成情况（intake.1：2022 年目标博士 30 名、硕士 100 名；其余年度无计划，目标为 null），"
                    + "按月份、属地、产业；含年龄例外人数，及 2022 年起累计对照 2022 年目标")
    public IntakeTargets.Progress progress(@QueryParam("year") Integer year) {
        return targets.of(year == null ? LocalDate.now(clock).getYear() : year);
    }
}
