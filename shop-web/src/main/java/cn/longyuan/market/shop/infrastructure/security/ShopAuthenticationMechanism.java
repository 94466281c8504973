package cn.longyuan.market.shop.infrastructure.security;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.http.SecurityHeaders;
import cn.longyuan.market.web.security.ClientAddresses;
import cn.longyuan.market.web.security.LocalRedirects;
import cn.longyuan.market.web.security.ThrottledLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Buyers' login to the shop's pages: form login through {@link jakarta.security.enterprise.SecurityContext#authenticate}
 * ({@code Login}), a new session id at login against session fixation, then the session (cookie SHOPSESSION).
 * Only BUYER accounts may log in here; a back-office account is refused with its own message
 * ({@link #REFUSED_ROLE}). The public REST API under {@code /api/} is never touched: it stays public, with
 * access tokens, and no cookie authenticates it. A protected page ({@code /account/*}) without login goes to
 * the login page, which comes back to it afterwards. Failed logins are throttled ({@link LoginThrottle}).
 */
@ApplicationScoped
public class ShopAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_BUYER = "longyuan.shop.buyer";
    /** Request attribute set when a valid login is refused because the account is not a buyer's. */
    public static final String REFUSED_ROLE = "longyuan.shop.refusedRole";

    public static final String BUYER_ROLE = Role.BUYER.name();

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ClientAddresses addresses;

    @Inject
    private SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // the mechanism runs before the war's filters, and some answers are its own (a 401, a redirect to the login)
        headers.apply(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            String name = BuyerAccounts.normaliseLogin(login.getCaller());
            String address = addresses.of(request);
            Optional<LoginThrottle.Wait> wait = throttle.refusal(name, address);
            if (wait.isPresent()) {
                ThrottledLogin.mark(request, wait.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            Optional<Actor> actor = accounts.authenticate(name, login.getPasswordAsString());
            if (actor.isEmpty()) {
                throttle.failed(name, address);
                return AuthenticationStatus.SEND_FAILURE;
            }
            throttle.succeeded(name);
            if (actor.get().role() != Role.BUYER) {
                request.setAttribute(REFUSED_ROLE, actor.get().role().name());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_BUYER, actor.get().username());
            return context.notifyContainerAboutLogin(actor.get().username(), Set.of(BUYER_ROLE));
        }
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SESSION_BUYER);
        if (user instanceof String username) {
            Optional<Actor> actor = accounts.actor(username).filter(a -> a.role() == Role.BUYER);
            if (actor.isPresent()) {
                return context.notifyContainerAboutLogin(username, Set.of(BUYER_ROLE));
            }
            session.removeAttribute(SESSION_BUYER);
        }
        if (context.isProtected()) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return LocalRedirects.redirect(
                    response,
                    request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
