package cn.longyuan.market.shop.infrastructure.security;

import cn.longyuan.market.web.security.LocalRedirects;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

/**
 * Who the request is, for the shop's pages: a session logged in by {@link BuyerSessions} makes the request hers
 * (its principal, the BUYER role) for the pages and beans after this filter; her own pages ({@code /account/*})
 * without a login go to the login page, which comes back to them afterwards. The public REST API under
 * {@code /api/} is never touched: it stays public, with access tokens, and no cookie authenticates it.
 */
public class BuyerSessionFilter extends HttpFilter {

    @Inject
    private BuyerSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> buyer = sessions.buyerOf(request);
        if (buyer.isPresent()) {
            chain.doFilter(new BuyerRequest(request, buyer.get()), response);
            return;
        }
        if (path.equals("/account") || path.startsWith("/account/")) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            LocalRedirects.redirect(
                    response,
                    request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request of a logged-in buyer: her login name as its principal, and the BUYER role. */
    private static final class BuyerRequest extends HttpServletRequestWrapper {

        private final String username;

        BuyerRequest(HttpServletRequest request, String username) {
            super(request);
            this.username = username;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> username;
        }

        @Override
        public String getRemoteUser() {
            return username;
        }

        @Override
        public boolean isUserInRole(String role) {
            return BuyerSessions.BUYER_ROLE.equals(role);
        }

        @Override
        public String getAuthType() {
            return FORM_AUTH;
        }

        @Override
        public void logout() {
            HttpSession session = getSession(false);
            if (session != null) {
                session.removeAttribute(BuyerSessions.SESSION_BUYER);
            }
        }
    }
}
