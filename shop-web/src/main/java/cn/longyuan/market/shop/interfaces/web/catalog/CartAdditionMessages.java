package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.cart.CartAddition;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the buyer on a product's page what putting pieces into the cart did. */
final class CartAdditionMessages {

    /** Where fewer were added than she asked for: next to the quantity she typed. */
    static final String QUANTITY_FIELD = "buy:quantity";

    private CartAdditionMessages() {}

    /** The piece was taken off the shop while she looked at it. */
    static void gone() {
        say(null, FacesMessage.SEVERITY_ERROR, ShopTexts.text("product.gone"));
    }

    static void say(CartAddition addition) {
        switch (addition.outcome()) {
            case ADDED ->
                say(
                        null,
                        FacesMessage.SEVERITY_INFO,
                        ShopTexts.text("product.added", addition.asked(), addition.after()));
            case LIMITED ->
                say(
                        QUANTITY_FIELD,
                        FacesMessage.SEVERITY_WARN,
                        ShopTexts.text("product.addedLimited", addition.available(), addition.after()));
            case NONE_AVAILABLE -> say(QUANTITY_FIELD, FacesMessage.SEVERITY_WARN, ShopTexts.text("stock.outOfStock"));
            case ALL_IN_CART ->
                say(
                        QUANTITY_FIELD,
                        FacesMessage.SEVERITY_WARN,
                        ShopTexts.text("product.allInCart", addition.available()));
        }
    }

    private static void say(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
