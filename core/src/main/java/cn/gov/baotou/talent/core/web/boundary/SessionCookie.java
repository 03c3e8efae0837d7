package cn.gov.baotou.talent.core.web.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code HttpOnly} (web.xml), {@code SameSite=Lax} (the HTTP listener's setting, in the app's
 * pre-boot commands: Payara writes no cookie attribute of the servlet configuration) and {@code Secure} over TLS.
 * Payara's own TLS marks it Secure by itself; behind a proxy that ends TLS the platform cannot tell, so
 * {@code TALENT_COOKIE_SECURE=true} says so (never on plain HTTP: the browser would drop the cookie).
 */
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("talent.cookie.secure", Boolean.class)
                .orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
