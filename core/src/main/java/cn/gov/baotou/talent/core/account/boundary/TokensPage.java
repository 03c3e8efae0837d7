package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.TokenLifetime;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * API 令牌: the signed-in account's own tokens over {@link ApiTokenDesk} — issue, see, revoke. Request-scoped so that
 * a new token's secret lives for the one answer that shows it and is kept nowhere else, not even in the session.
 */
@Named
@RequestScoped
public class TokensPage {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    @Inject
    ApiTokenDesk desk;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private String name;
    private String expiresOn;
    private String issued;
    private List<ApiTokenView> tokens;

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = desk.list(caller.getUsername());
        }
        return tokens;
    }

    /** Whether a listed token still works today (not revoked, not past its expiry day). */
    public boolean works(ApiTokenView t) {
        return !t.revoked() && TokenLifetime.works(t.expiresOn(), LocalDate.now(clock));
    }

    public void issue() {
        LocalDate day;
        try {
            day = expiresOn == null || expiresOn.isBlank() ? null : LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            refuse(List.of(FieldError.of("expiresOn", "request.date", expiresOn)));
            return;
        }
        try {
            ApiTokenView t = desk.issue(caller.getUsername(), name, day);
            issued = t.token();
            tokens = null;
            name = null;
            expiresOn = null;
        } catch (InvalidInput e) {
            refuse(e.errors());
        } catch (Conflict e) {
            error(messages().get(e.messageKey(), e.arguments()));
        } catch (Forbidden e) {
            error(e.message(messages()));
        }
    }

    public void revoke(long id) {
        try {
            ApiTokenView t = desk.revoke(caller.getUsername(), id);
            tokens = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO, messages().get("tokens.revoked", t.name()), null));
        } catch (NotFound e) {
            error(e.message(messages()));
        }
    }

    /** A time as Beijing reads it, to the minute; empty for none. */
    public String time(Instant t) {
        return t == null ? "" : MINUTES.format(t);
    }

    /** The secret of the token issued in this request, shown this once; null otherwise. */
    public String getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    private void refuse(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError e : errors) {
            faces.addMessage("tokenForm:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(e), null));
        }
        faces.validationFailed();
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
