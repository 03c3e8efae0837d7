package cn.gov.baotou.talent.intake.agreement.boundary;

import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import cn.gov.baotou.talent.intake.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 联合招引协议 (intake.5.1) within the caller's scope, recorded by a district office or the city office. */
@Path("/v1/intake/joint-agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake")
public class JointAgreementsResource {

    @Inject
    JointAgreementDesk desk;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "本账号范围内的联合招引协议")
    public List<JointAgreementView> list() {
        LocalDate today = LocalDate.now(clock);
        return desk.visible().stream().map(a -> JointAgreementView.of(a, today)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记联合招引协议 {enterpriseId, signedOn, validTo, documentId}：企业所在属地的党委人才办或市委人才办")
    public Response record(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        JointAgreementForm form = new JointAgreementForm(
                in.id("enterpriseId"), in.date("signedOn"), in.date("validTo"), in.id("documentId"));
        in.check();
        JointAgreement a = desk.record(form);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.id()))
                        .build())
                .entity(JointAgreementView.of(a, LocalDate.now(clock)))
                .build();
    }
}
