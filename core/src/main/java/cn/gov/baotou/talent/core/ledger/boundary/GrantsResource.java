package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The funding ledger's grants within the caller's scope, and the payments and recoveries recorded against them. */
@Path("/v1/ledger/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "ledger", description = "资金台账：资金支持、拨付与追回")
public class GrantsResource {

    @Inject
    FundingLedger ledger;

    @Inject
    FundingPurposes purposes;

    @Context
    HttpHeaders headers;

    /** A page of grants with the total the filters match. */
    public record GrantPage(long total, int page, int size, List<GrantView> items) {}

    @GET
    @Operation(summary = "查询本人权限范围内的资金支持（分页，最新在前）")
    public GrantPage search(
            @QueryParam("districtCode") String districtCode,
            @QueryParam("status") @Parameter(description = "COMMITTED、PARTLY_PAID、PAID 或 RECOVERED") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        FormFields fields = new FormFields();
        GrantStatus s = fields.choice(status, GrantStatus.class, "status");
        fields.orRefuse();
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        List<GrantView> items = ledger.search(districtCode, s, p * n, n).stream()
                .map(g -> GrantView.of(g, purposeName(g), null, null))
                .toList();
        return new GrantPage(ledger.count(districtCode, s), p, n, items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一笔资金支持及其拨付、追回记录（超出权限范围时与不存在同样返回 404）")
    public GrantView get(@PathParam("id") long id) {
        FundingGrant g = ledger.visible(id);
        return GrantView.of(
                g,
                purposeName(g),
                ledger.payments(id).stream().map(PaymentView::of).toList(),
                ledger.recoveries(id).stream().map(RecoveryView::of).toList());
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记本级财政对该笔资金支持的拨付：市财政拨付市级份额，属地财政拨付本属地的属地份额；" + "金额须等于本级份额；同一 Idempotency-Key 重复提交返回首次登记的拨付")
    public Response pay(
            @PathParam("id") long id,
            @HeaderParam(LedgerInput.IDEMPOTENCY_KEY) @Parameter(description = "每次拨付请求唯一，如 UUID") String key,
            PaymentForm form,
            @Context UriInfo uri) {
        PaymentForm f = form == null ? new PaymentForm(null, null, null, null) : form;
        FormFields fields = new FormFields();
        String idempotencyKey = fields.header(key, LedgerInput.IDEMPOTENCY_KEY);
        FinanceLevel level = fields.choice(f.financeLevel(), FinanceLevel.class, "financeLevel");
        Yuan amount = fields.yuan(f.amountYuan(), "amountYuan");
        LocalDate paidOn = fields.date(f.paidOn(), "paidOn");
        fields.orRefuse();
        FundingPayment p = ledger.recordPayment(id, level, amount, paidOn, f.reference(), idempotencyKey);
        return Response.created(uri.getBaseUriBuilder()
                        .path(GrantsResource.class)
                        .path(String.valueOf(id))
                        .build())
                .entity(PaymentView.of(p))
                .build();
    }

    @POST
    @Path("{id}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办决定追回：按各级财政已拨付金额的比例拆分，合计不超过已拨付金额")
    public Response recover(
            @PathParam("id") long id,
            @HeaderParam(LedgerInput.IDEMPOTENCY_KEY) @Parameter(description = "每次追回决定唯一，如 UUID") String key,
            RecoveryForm form,
            @Context UriInfo uri) {
        RecoveryForm f = form == null ? new RecoveryForm(null, null, null) : form;
        FormFields fields = new FormFields();
        String idempotencyKey = fields.header(key, LedgerInput.IDEMPOTENCY_KEY);
        Yuan amount = fields.yuan(f.amountYuan(), "amountYuan");
        LocalDate decidedOn = fields.date(f.decidedOn(), "decidedOn");
        fields.orRefuse();
        List<RecoveryView> rows = ledger.recordRecovery(id, amount, decidedOn, f.reason(), idempotencyKey).stream()
                .map(RecoveryView::of)
                .toList();
        return Response.created(uri.getBaseUriBuilder()
                        .path(GrantsResource.class)
                        .path(String.valueOf(id))
                        .build())
                .entity(rows)
                .build();
    }

    private String purposeName(FundingGrant g) {
        boolean english = headers != null
                && Messages.preferred(headers.getAcceptableLanguages()).equals(Locale.ENGLISH);
        return purposes.of(g.purpose()).map(p -> p.label(g.purpose(), english)).orElse(g.purpose());
    }
}
