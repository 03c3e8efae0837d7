package cn.gov.baotou.talent.core.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's API tokens, for scripts: the city office manages any account's, every account its own. */
@Path("/v1/accounts/{username}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "账号管理（市委人才办）")
public class ApiTokensResource {

    @Inject
    ApiTokenDesk desk;

    /** A token to issue: a name to recognise it by and, optionally, its last day (default and longest: configured). */
    public record TokenForm(String name, LocalDate expiresOn) {}

    @GET
    @Operation(summary = "账号的 API 令牌（不含密钥）")
    public List<ApiTokenView> list(@PathParam("username") String username) {
        return desk.list(username);
    }

    @POST
    @OpenToReaders
    @Operation(
            summary = "签发 API 令牌：以 Authorization: Bearer 发送；密钥（token）只在此应答中出现一次",
            description = "expiresOn 为令牌可用的最后一天（含当天）；不填为 90 天后，最长 365 天（可配置）。" + "须以密码登录（表单或 HTTP Basic）签发，不能用令牌签发令牌。")
    public Response issue(@PathParam("username") String username, TokenForm form, @Context UriInfo uri) {
        TokenForm f = form == null ? new TokenForm(null, null) : form;
        ApiTokenView issued = desk.issue(username, f.name(), f.expiresOn());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(issued.id()))
                        .build())
                .entity(issued)
                // the secret is in this answer only: no cache or proxy keeps a copy
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @OpenToReaders
    @Path("{id}")
    @Operation(summary = "吊销 API 令牌（立即失效，不可恢复）")
    public ApiTokenView revoke(@PathParam("username") String username, @PathParam("id") long id) {
        return desk.revoke(username, id);
    }
}
