package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cart as the catalogue pages read it ({@code #{cartPeek.count}} in the header, what a product page says is in
 * it already) without making a session: a visitor with no session has an empty cart, and touching the
 * session-scoped {@link ShoppingCart} would give her a session (and a cookie) for nothing. Putting something into
 * the cart goes to {@link ShoppingCart} itself, which then makes the session.
 */
@Named
@RequestScoped
public class CartPeek {

    @Inject
    private ShoppingCart cart;

    /** Pieces in the cart, for the header. */
    public int getCount() {
        return hasSession() ? cart.getCount() : 0;
    }

    public int quantityOf(long productId) {
        return hasSession() ? cart.quantityOf(productId) : 0;
    }

    /** The most pieces of one product an order line may ask for, for the quantity fields (no cart needed). */
    public int getMaxQuantity() {
        return PlaceOrderCommand.MAX_QUANTITY;
    }

    private static boolean hasSession() {
        return FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
    }
}
