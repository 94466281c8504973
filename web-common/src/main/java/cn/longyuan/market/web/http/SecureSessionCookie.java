package cn.longyuan.market.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Marks the war's session cookie {@code Secure} when the public address is https. Its name, path, HttpOnly and
 * SameSite=Lax are in the war's web.xml ({@code <cookie-config>}); only this depends on the configuration, and
 * web.xml cannot read it. Declared in web.xml: the cookie may be configured only while the context starts.
 */
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    private PublicAddress publicAddress;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (publicAddress.isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
