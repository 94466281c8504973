package cn.longyuan.market.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects within the site as paths ({@code Location: /admin/login.xhtml}), never as an address built from the
 * request's Host header: the container's {@code sendRedirect} writes {@code http://<Host>/...}, so a forged Host
 * sent a visitor's browser (or a shared cache) to another site. A relative Location is valid HTTP (RFC 9110) and
 * every browser follows it on the host it asked.
 */
public final class LocalRedirects {

    private LocalRedirects() {}

    /** For an authentication mechanism, which runs before any filter could wrap the response. */
    public static AuthenticationStatus redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The response with {@code sendRedirect} to a path of this site kept as that path (Faces' redirects go through it). */
    public static HttpServletResponse wrap(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws java.io.IOException {
                if (isPath(location)) {
                    resetBuffer();
                    setStatus(SC_FOUND);
                    setHeader("Location", location);
                    flushBuffer();
                } else {
                    super.sendRedirect(location);
                }
            }
        };
    }

    /** "/x/y?z" — a path of this host; not "//other.host/..." (a scheme-relative address) nor "/\\other.host". */
    static boolean isPath(String location) {
        return location != null
                && location.startsWith("/")
                && !location.startsWith("//")
                && !location.startsWith("/\\");
    }
}
