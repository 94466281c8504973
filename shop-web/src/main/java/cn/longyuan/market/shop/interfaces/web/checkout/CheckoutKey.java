package cn.longyuan.market.shop.interfaces.web.checkout;

import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The idempotency key of one checkout: made when the checkout view starts, carried in its form, so a form posted
 * again (after the first post ended the view) still names the order its first post placed.
 */
final class CheckoutKey {

    /** The form's parameter that carries the key. */
    static final String PARAMETER = "checkoutKey";

    private static final String PREFIX = "shop-";
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private CheckoutKey() {}

    /** The key this request's form posted when it has a key's shape, or a new one. */
    static String ofThisRequest() {
        return postedOrNew(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(PARAMETER));
    }

    /** The key the form posted when it has a key's shape, or a new one. */
    static String postedOrNew(String posted) {
        return posted != null && SHAPE.matcher(posted).matches() ? posted : PREFIX + UUID.randomUUID();
    }
}
