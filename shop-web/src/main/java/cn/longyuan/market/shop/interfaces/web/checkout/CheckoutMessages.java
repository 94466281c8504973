package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.ordering.AddressBook;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.AddressFields;
import cn.longyuan.market.shop.interfaces.web.cart.CartLine;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says a refused checkout on the page: each reason next to its input or cart line, and one line above the form. */
final class CheckoutMessages {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](\\..*)?");

    /** The service names fields as the API's request does; these are the inputs of this page that hold them. */
    private static final Map<String, String> INPUT_OF_FIELD = Map.ofEntries(
            Map.entry("contact.name", "name"),
            Map.entry("contact.phone", "phone"),
            Map.entry("contact.email", "email"),
            Map.entry("shippingAddress.country", "country"),
            Map.entry("shippingAddress.province", "province"),
            Map.entry("shippingAddress.city", "city"),
            Map.entry("shippingAddress.district", "district"),
            Map.entry("shippingAddress.line", "addressLine"),
            Map.entry("shippingAddress.postcode", "postcode"),
            Map.entry("paymentMethod", "paymentMethod"),
            Map.entry("gift.message", "giftMessage"));

    private CheckoutMessages() {}

    /**
     * A city must lie in the province chosen: said next to the field, before anything is reserved.
     * Answers whether the region is right.
     */
    static boolean regionAccepted(DeliveryForm delivery) {
        List<FieldViolation> regions = AddressBook.regionViolations(delivery.getProvince(), delivery.getCity());
        for (FieldViolation v : regions) {
            error(Checkout.FORM + ":" + v.field(), AddressFields.violationText(v));
        }
        if (!regions.isEmpty()) {
            error(null, ShopTexts.text("checkout.invalid"));
        }
        return regions.isEmpty();
    }

    /** Beside a refused region: each other field's problem next to its input (the lines are checked on placing). */
    static void otherFields(List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            String input = INPUT_OF_FIELD.get(v.field());
            if (input != null && !input.equals("province") && !input.equals("city")) {
                error(Checkout.FORM + ":" + input, ViolationTexts.of(v));
            }
        }
    }

    /** The service's refusal: a line's problem on its cart line, a field's next to its input, the reason above. */
    static void show(RequestRefusedException refused, List<CartLine> lines, boolean domestic) {
        for (FieldViolation violation : refused.violations()) {
            Matcher line = LINE_FIELD.matcher(violation.field());
            if (line.matches() && Integer.parseInt(line.group(1)) < lines.size()) {
                CartLine cartLine = lines.get(Integer.parseInt(line.group(1)));
                if (cartLine.getProblem() == null) {
                    cartLine.setProblem(
                            refused.reason() == RequestRefusedException.Reason.OUT_OF_STOCK
                                    ? ShopTexts.text("cart.problem.notEnough")
                                    : ViolationTexts.of(violation));
                }
                continue;
            }
            String input = INPUT_OF_FIELD.get(violation.field());
            if (input != null && !domestic && (input.equals("province") || input.equals("city"))) {
                input = input + "Text";
            }
            error(input == null ? null : Checkout.FORM + ":" + input, ViolationTexts.of(violation));
        }
        String summaryKey = switch (refused.reason()) {
            case VALIDATION -> "checkout.invalid";
            case OUT_OF_STOCK -> "checkout.outOfStock";
            case IDEMPOTENCY_KEY_REUSED -> "checkout.alreadyPlaced";
            case UNAVAILABLE -> "checkout.paymentUnavailable";
            default -> "checkout.refused";
        };
        error(null, ShopTexts.text(summaryKey));
    }

    /** A message for an input (marked invalid, keeping what she typed) or, without one, for the whole form. */
    static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            UIComponent component = faces.getViewRoot().findComponent(clientId);
            if (component instanceof UIInput input) {
                // marked invalid (red, aria-invalid) yet showing what she typed, for her to correct
                Object typed = input.getValue();
                input.setValid(false);
                if (typed instanceof String typedText) {
                    input.setSubmittedValue(typedText);
                }
            }
        }
    }
}
