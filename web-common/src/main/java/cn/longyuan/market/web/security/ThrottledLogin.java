package cn.longyuan.market.web.security;

import cn.longyuan.market.application.security.LoginThrottle;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Carries a login throttle's refusal from the authentication mechanism, which decides it before any password is
 * checked, to the login page, which answers it: status 429, {@code Retry-After}, and a message saying how long.
 */
public final class ThrottledLogin {

    static final String ATTRIBUTE = "longyuan.login.throttled";

    private ThrottledLogin() {}

    public static void mark(HttpServletRequest request, LoginThrottle.Wait wait) {
        request.setAttribute(ATTRIBUTE, wait);
    }

    /** The refusal of this request's login, or null; answers 429 with Retry-After when there is one. */
    public static LoginThrottle.Wait answer(ExternalContext context) {
        if (((HttpServletRequest) context.getRequest()).getAttribute(ATTRIBUTE) instanceof LoginThrottle.Wait wait) {
            context.setResponseStatus(429);
            context.setResponseHeader("Retry-After", Long.toString(wait.seconds()));
            return wait;
        }
        return null;
    }
}
