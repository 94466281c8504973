package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.application.security.Passwords;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** The address of a set-password link as staff copy it: on the host they reach the back office at. */
public final class PasswordLinks {

    private PasswordLinks() {}

    public static String address(Passwords.IssuedLink link) {
        if (link == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String port = (context.getRequestScheme().equals("https") && context.getRequestServerPort() == 443)
                        || (context.getRequestScheme().equals("http") && context.getRequestServerPort() == 80)
                ? ""
                : ":" + context.getRequestServerPort();
        return context.getRequestScheme() + "://" + context.getRequestServerName() + port
                + context.getRequestContextPath() + "/set-password.xhtml?token=" + link.token();
    }
}
