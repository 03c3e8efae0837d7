package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.UploadedText;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Policy parameters by date and by key (public), and new policy versions entered by the city office as CSV files. */
@Path("/v1/parameters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "parameters", description = "政策参数（金额、年龄、上限、比例、申报期、目标）及其版本")
public class ParametersResource {

    @Inject
    Clock clock;

    @Inject
    ParameterVersions versions;

    /** The values in force on a day, echoing the day asked for. */
    @JsonbPropertyOrder({"date", "parameters"})
    public record InForce(LocalDate date, List<ParameterView> parameters) {}

    /** What an import wrote: the rows added, and the stored rows it closed (with their new end). */
    @JsonbPropertyOrder({"added", "closed"})
    public record Imported(List<ParameterView> added, List<ParameterView> closed) {

        static Imported of(VersionPlan plan) {
            return new Imported(
                    plan.added().stream().map(ParameterView::of).toList(),
                    plan.closings().stream()
                            .map(c -> ParameterView.of(c.stored().endingOn(c.lastDay())))
                            .toList());
        }
    }

    @GET
    @Operation(summary = "某日有效的全部政策参数，及其条款编号和版本（不填日期为今天）")
    public InForce inForce(
            @QueryParam("date") @Parameter(description = "日期，YYYY-MM-DD", example = "2024-06-01") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(clock) : DayText.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "parameter.date.malformed", date);
        }
        return new InForce(
                day, versions.inForce(day).stream().map(ParameterView::of).toList());
    }

    @GET
    @Path("{key}")
    @Operation(summary = "一个参数的全部版本，按生效日期排列")
    public List<ParameterView> versions(
            @PathParam("key") @Parameter(example = "intake.subsidy.doctorYuan") String key) {
        return versions.versions(key).stream().map(ParameterView::of).toList();
    }

    @POST
    @Path("versions")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "录入新的政策版本（市委人才办）：UTF-8 CSV，列同种子文件；任何一行有误则整个文件不导入，并逐行列出原因")
    public Imported importVersion(InputStream body) {
        return Imported.of(versions.importFile(UploadedText.of(body)));
    }
}
