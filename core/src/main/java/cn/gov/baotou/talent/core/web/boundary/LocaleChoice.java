package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;

/** The page language: Chinese unless the browser prefers English or the user switched with {@code ?lang=en}. */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        String lang = ctx.getRequestParameterMap().get("lang");
        if (lang != null) {
            chosen = Messages.supported(Locale.forLanguageTag(lang));
        }
        if (chosen != null) {
            return chosen;
        }
        HttpServletRequest request = (HttpServletRequest) ctx.getRequest();
        if (request.getHeader("Accept-Language") == null) {
            return Messages.CHINESE;
        }
        return Messages.preferred(Collections.list(request.getLocales()));
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** The language the switch offers. */
    public String getOther() {
        return isEnglish() ? "zh-CN" : "en";
    }
}
