package cn.gov.baotou.talent.core.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The login form: signs in through Jakarta Security and goes on to the page asked for, or to the workbench. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext ctx = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) ctx.getRequest(),
                (HttpServletResponse) ctx.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip(), password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> {
                ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
            }
            case SUCCESS -> {
                Object back = ctx.getSessionMap().remove(TalentAuthentication.RETURN_TO);
                // only a path inside the platform, never an address elsewhere
                String path = back instanceof String s && s.startsWith("/") && !s.startsWith("//")
                        ? s
                        : "/core/workbench.xhtml";
                faces.responseComplete();
                ctx.redirect(ctx.getRequestContextPath() + path);
            }
            case NOT_DONE -> {
                // nothing to do: the mechanism did not act
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ctx = faces.getExternalContext();
        ((HttpServletRequest) ctx.getRequest()).logout();
        ctx.invalidateSession();
        ctx.redirect(ctx.getRequestContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
