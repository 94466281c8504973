package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.SavedCarts;
import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.shop.infrastructure.security.BuyerSessions;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.web.security.ThrottledLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What logging in does, for the login and the registration forms: hands the credentials to
 * {@link BuyerSessions}, then merges the guest's cart into the buyer's saved cart (saying which
 * lines the stock cut) and goes back to the page she came from.
 */
@RequestScoped
public class LoginFlow {

    /** Where a login may lead back to: a page of this shop, never another site. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?![/\\\\])[-A-Za-z0-9_./?=&%]*");

    static final String HOME = "/account/orders.xhtml";

    public enum Outcome {
        LOGGED_IN,
        WRONG_CREDENTIALS,
        NOT_A_BUYER,
        TOO_MANY_ATTEMPTS
    }

    @Inject
    private BuyerSessions sessions;

    @Inject
    private ShoppingCart cart;

    @Inject
    private BuyerAccounts accounts;

    @Inject
    private CatalogQueries catalog;

    private long retryAfterSeconds;

    /** After {@link Outcome#TOO_MANY_ATTEMPTS}: in how many seconds she may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Outcome logIn(String login, String password) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        if (sessions.logIn(request, login == null ? "" : login, password == null ? "" : password)) {
            mergeCart(BuyerAccounts.normaliseLogin(login));
            return Outcome.LOGGED_IN;
        }
        LoginThrottle.Wait wait = ThrottledLogin.answer(context);
        if (wait != null) {
            retryAfterSeconds = wait.seconds();
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        return request.getAttribute(BuyerSessions.REFUSED_ROLE) != null
                ? Outcome.NOT_A_BUYER
                : Outcome.WRONG_CREDENTIALS;
    }

    private void mergeCart(String login) {
        FacesContext faces = FacesContext.getCurrentInstance();
        BuyerAccounts.Buyer buyer = accounts.byLogin(login).orElseThrow();
        SavedCarts.Merged merged = cart.logIn(buyer.accountId());
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO, ShopTexts.text("login.welcome", buyer.displayName()), null));
        for (SavedCarts.Limited limited : merged.limited()) {
            String name = catalog.product(limited.productId())
                    .map(p -> ShopTexts.in(p.summary().name()))
                    .orElse(ShopTexts.text("login.cart.goneProduct"));
            String text = limited.kept() == 0
                    ? ShopTexts.text("login.cart.dropped", name, limited.asked())
                    : ShopTexts.text("login.cart.limited", name, limited.asked(), limited.kept());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        }
    }

    /** Redirects to the page she came from (a page of this shop), else to her orders. */
    public void goOn(String next) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String target = next != null
                        && LOCAL_PAGE.matcher(next).matches()
                        && !next.startsWith("/login")
                        && !next.startsWith("/register")
                ? next
                : HOME;
        try {
            context.redirect(context.getRequestContextPath() + target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
