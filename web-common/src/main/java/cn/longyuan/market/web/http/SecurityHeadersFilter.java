package cn.longyuan.market.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every answer of the war. Declared first in each war's web.xml, for every
 * dispatch: an error page is rendered in an ERROR dispatch of its own, whose page policy must replace the default too.
 * <p>
 * A page answers with one Content-Security-Policy only: PrimeFaces adds the page's policy (with the nonce of its
 * scripts) by {@code addHeader}, which here replaces the default {@link SecurityHeaders#NOT_A_PAGE} instead of adding
 * a second policy (a browser enforces every policy it gets, so the strict one would block the page's scripts).
 * <p>
 * When the public address is https, the request says it is secure: TLS ended at the proxy in front, and PrimeFaces
 * marks its cookies {@code Secure} only on a secure request (its {@code cookiesSecure}).
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    private SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(response);
        chain.doFilter(headers.isHttps() ? new BehindTls(request) : request, new OnePolicy(response));
    }

    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    private static final class BehindTls extends HttpServletRequestWrapper {

        BehindTls(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }
    }
}
