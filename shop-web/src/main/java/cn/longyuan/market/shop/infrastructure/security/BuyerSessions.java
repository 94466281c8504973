package cn.longyuan.market.shop.infrastructure.security;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.web.security.ClientAddresses;
import cn.longyuan.market.web.security.ThrottledLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Buyers' login to the shop's pages: the login form's credentials are checked here (throttled by
 * {@link LoginThrottle}: a refusal is decided before any password is checked and carried to the page by
 * {@link ThrottledLogin}), the session gets a new id against session fixation and keeps her login name (cookie
 * SHOPSESSION); {@link BuyerSessionFilter} reads it back on each request. Only BUYER accounts may log in here; a
 * back-office account is refused with its own message ({@link #REFUSED_ROLE}).
 * <p>
 * Not a Jakarta Security mechanism on purpose: with one, the container runs Soteria's bridge on every request of the
 * war, two JNDI lookups of the BeanManager each time, which halved the throughput of the cached catalogue pages
 * (bench/RESULTS.md). The back office, which caches no page, keeps its mechanism.
 */
@ApplicationScoped
public class BuyerSessions {

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

    /** Whether she is logged in now; if not, the request says why ({@link ThrottledLogin}, {@link #REFUSED_ROLE}). */
    public boolean logIn(HttpServletRequest request, String login, String password) {
        String name = BuyerAccounts.normaliseLogin(login);
        String address = addresses.of(request);
        Optional<LoginThrottle.Wait> wait = throttle.refusal(name, address);
        if (wait.isPresent()) {
            ThrottledLogin.mark(request, wait.get());
            return false;
        }
        Optional<Actor> actor = accounts.authenticate(name, password);
        if (actor.isEmpty()) {
            throttle.failed(name, address);
            return false;
        }
        throttle.succeeded(name);
        if (actor.get().role() != Role.BUYER) {
            request.setAttribute(REFUSED_ROLE, actor.get().role().name());
            return false;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_BUYER, actor.get().username());
        return true;
    }

    /** The buyer this request's session is logged in as, while her account is still a buyer's. */
    public Optional<String> buyerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_BUYER) instanceof String username)) {
            return Optional.empty();
        }
        if (accounts.actor(username).filter(a -> a.role() == Role.BUYER).isPresent()) {
            return Optional.of(username);
        }
        session.removeAttribute(SESSION_BUYER);
        return Optional.empty();
    }

    /** Her session keeps her login name: after a change of e-mail it follows the new one. */
    public static void renamed(HttpServletRequest request, String login) {
        request.getSession().setAttribute(SESSION_BUYER, login);
    }
}
