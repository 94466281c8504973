package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.ordering.AddressBook;
import cn.longyuan.market.application.ordering.BuyerOrders;
import cn.longyuan.market.application.ordering.OrderPlacement;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import cn.longyuan.market.shop.interfaces.web.cart.CartLine;
import cn.longyuan.market.shop.interfaces.web.cart.OrderPreview;
import cn.longyuan.market.shop.interfaces.web.cart.PricedCart;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Checkout as a guest: who to reach, where to send it, how she will pay (offline, or online where Stripe is
 * configured: she then pays on the confirmation page), and what it
 * costs. Placing calls {@link OrderPlacement} with an idempotency key made once for this checkout view and
 * carried in its form, so a double click, a retry after a timeout or the same form posted twice places one
 * order; the service's every refusal is shown next to the field it names.
 */
@Named
@ViewScoped
public class Checkout implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "checkout";
    private static final String CONFIRMATION = "/confirmation.xhtml?faces-redirect=true";

    @Inject
    private ShoppingCart cart;

    @Inject
    private PricedCart pricing;

    @Inject
    private OrderPlacement placement;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private AddressBook addressBook;

    @Inject
    private LanguagePreference language;

    /** A logged-in buyer's saved addresses, and the one chosen. */
    private final SavedAddresses savedAddresses = new SavedAddresses();

    private String checkoutKey;
    private final DeliveryForm delivery = new DeliveryForm();
    private PaymentMethod paymentMethod = PaymentMethod.BANK_TRANSFER;

    private List<CartLine> lines = List.of();
    private OrderPreview summary;

    /**
     * A new checkout gets a new key. A form posted again carries its key back: when the first post placed the
     * order, its navigation ended this view and the view's beans with it, so the second post meets a new bean
     * (and an empty cart) — with the form's key it still finds the first post's order.
     */
    @PostConstruct
    void start() {
        checkoutKey = CheckoutKey.ofThisRequest();
        prefillForBuyer();
        refresh();
    }

    /** A registered buyer: her name and e-mail, and her default address, filled in for her. */
    private void prefillForBuyer() {
        buyer.get().ifPresent(b -> {
            delivery.setName(b.displayName());
            delivery.setEmail(b.email().orElse(null));
            savedAddresses.fill(addressBook.of(b.accountId()));
            useSavedAddress();
        });
    }

    /** The buyer chose one of her saved addresses: it fills the address and the recipient's name and phone. */
    public void useSavedAddress() {
        savedAddresses.chosen().ifPresent(d -> {
            delivery.fill(d);
            refresh();
        });
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }

    public SavedAddresses getSavedAddresses() {
        return savedAddresses;
    }

    /** Reads the cart again; also when the country changes, since a parcel abroad costs another fee. */
    public void refresh() {
        lines = pricing.lines(cart);
        summary = OrderPreview.of(lines, delivery.getCountry());
    }

    public String place() {
        refresh();
        // checked after reading the cart: a second submit of this view that finds it emptied by the first
        // finds the first one's order here (the cart empties and remembers the order in one step)
        if (cart.wasPlacedWith(checkoutKey)) {
            return CONFIRMATION;
        }
        if (lines.isEmpty()) {
            CheckoutMessages.error(null, ShopTexts.text("checkout.emptyCart"));
            return null;
        }
        OrderRequest request =
                OrderRequest.of(lines, delivery.contact(), delivery.shippingAddress(), paymentMethod, delivery.gift());
        if (delivery.isDomestic() && !CheckoutMessages.regionAccepted(delivery)) {
            // the other fields' problems too, so that one submit names everything to correct
            CheckoutMessages.otherFields(request.command().violations());
            return null;
        }
        try {
            BuyerOrders.Origin origin =
                    new BuyerOrders.Origin(buyer.get().map(b -> b.accountId()).orElse(null), language.getLanguage());
            OrderService.PlacedOrder placed = placement.place(request.command(), checkoutKey, request.hash(), origin);
            cart.placed(new ShoppingCart.PlacedOrder(checkoutKey, placed.order().number(), placed.accessToken()));
            return CONFIRMATION;
        } catch (RequestRefusedException refused) {
            show(refused);
            return null;
        }
    }

    private void show(RequestRefusedException refused) {
        if (refused.reason() == RequestRefusedException.Reason.OUT_OF_STOCK) {
            refresh();
        }
        CheckoutMessages.show(refused, lines, delivery.isDomestic());
    }

    /** The checkout's idempotency key, also carried by the form ({@link CheckoutKey}). */
    public String getCheckoutKey() {
        return checkoutKey;
    }

    /** Whether this checkout's order is placed already: its form, posted again, leads to the confirmation. */
    public boolean isAlreadyPlaced() {
        return cart.wasPlacedWith(checkoutKey);
    }

    public boolean isCartEmpty() {
        return lines.isEmpty();
    }

    public List<CartLine> getLines() {
        return lines;
    }

    public OrderPreview getSummary() {
        return summary;
    }

    public List<PaymentMethod> getPaymentMethods() {
        return PaymentMethod.offered(isOnlinePaymentOffered());
    }

    public boolean isOnlinePaymentOffered() {
        return placement.offersOnlinePayment();
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }
}
