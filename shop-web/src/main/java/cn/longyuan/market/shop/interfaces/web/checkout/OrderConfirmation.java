package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.OrderService;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.shop.interfaces.web.order.OrderDisplay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Servlets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page after checkout: the order just placed, read back from the service (its figures, not the
 * preview's), and the link to follow it later — number and access token, which only this buyer has.
 */
@Named
@RequestScoped
public class OrderConfirmation {

    @Inject
    private ShoppingCart cart;

    @Inject
    private OrderService orders;

    private OrderDisplay order;
    private String orderAddress;

    /** The view action: the last order placed in this session, if any. */
    public void load() {
        cart.lastPlaced().ifPresent(placed -> orders.findForToken(placed.number(), placed.accessToken()).ifPresent(view -> {
            order = OrderDisplay.of(view);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            orderAddress = Servlets.getRequestBaseURL(request) + "order.xhtml?number="
                    + URLEncoder.encode(placed.number(), StandardCharsets.UTF_8)
                    + "&token=" + URLEncoder.encode(placed.accessToken(), StandardCharsets.UTF_8);
        }));
    }

    public OrderDisplay getOrder() {
        return order;
    }

    /** The full address of the order page, to keep. */
    public String getOrderAddress() {
        return orderAddress;
    }
}
