package cn.gov.baotou.talent.core.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account management for the city office. */
@Path("/v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "账号管理（市委人才办）")
public class AccountsResource {

    @Inject
    AccountAdmin admin;

    /** A new password for an account. */
    public record PasswordReset(String password) {}

    /** An account's e-mail address; empty removes it. */
    public record EmailChange(String email) {}

    @GET
    @Operation(summary = "全部账号")
    public List<AccountView> all() {
        return admin.all().stream().map(AccountView::of).toList();
    }

    @POST
    @Operation(summary = "新建账号：角色及其绑定范围（属地、部门或企业）")
    public Response create(AccountForm form, @Context UriInfo uri) {
        AccountView v = AccountView.of(
                admin.create(form == null ? new AccountForm(null, null, null, null, null, null, null) : form));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(v.id()))
                        .build())
                .entity(v)
                .build();
    }

    @PUT
    @Path("{id}/role")
    @Operation(summary = "改变角色与绑定范围")
    public AccountView rebind(@PathParam("id") long id, AccountForm form) {
        return AccountView.of(
                admin.rebind(id, form == null ? new AccountForm(null, null, null, null, null, null, null) : form));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "停用账号")
    public AccountView disable(@PathParam("id") long id) {
        return AccountView.of(admin.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "启用账号")
    public AccountView enable(@PathParam("id") long id) {
        return AccountView.of(admin.enable(id));
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "重置密码（同时解除锁定）")
    public AccountView resetPassword(@PathParam("id") long id, PasswordReset reset) {
        return AccountView.of(admin.resetPassword(id, reset == null ? null : reset.password()));
    }

    @PUT
    @Path("{id}/email")
    @Operation(summary = "设置邮箱地址（配置了邮件服务器时，决定类通知同时发送邮件；留空即删除）")
    public AccountView changeEmail(@PathParam("id") long id, EmailChange change) {
        return AccountView.of(admin.changeEmail(id, change == null ? null : change.email()));
    }
}
