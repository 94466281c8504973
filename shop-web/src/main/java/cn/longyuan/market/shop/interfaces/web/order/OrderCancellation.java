package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The buyer's "cancel this order" button, on the order page (with the order's token, or for a logged-in buyer
 * her own order without it) and in her order history. The rule is the service's ({@code OrderService.cancelFor…});
 * a cancelled order is shown again by a redirect to the same address, a refusal (paid meanwhile, packed, wrong
 * link) as a message on the page.
 */
@Named
@RequestScoped
public class OrderCancellation {

    @Inject
    private OrderService orders;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private OrderTracking tracking;

    /** On the order page, whose form posts back to its own address: number and token are that address's. */
    public void cancelOnOrderPage() {
        String number = parameter("number");
        String token = parameter("token");
        try {
            if (token == null && buyer.isLoggedIn()) {
                orders.cancelForBuyer(buyer.accountId(), number);
            } else {
                orders.cancelForToken(number, token);
            }
            redirectToSelf();
        } catch (RequestRefusedException refused) {
            refusedWith(refused);
            tracking.reload();
        }
    }

    /** In her order history: the row's order, hers by her login. */
    public void cancelFromHistory() {
        try {
            orders.cancelForBuyer(buyer.accountId(), parameter("number"));
            redirectToSelf();
        } catch (RequestRefusedException refused) {
            refusedWith(refused);
        }
    }

    private static void refusedWith(RequestRefusedException refused) {
        String text = ShopTexts.text(
                refused.reason() == RequestRefusedException.Reason.NOT_FOUND
                        ? "order.cancel.notFound"
                        : "order.cancel.refused");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Post, redirect, get: a reload shows the cancelled order and posts nothing again. */
    static void redirectToSelf() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        try {
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
