package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.OrderPlacement;
import cn.longyuan.market.application.OrderService;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.buying.AddressBook;
import cn.longyuan.market.application.buying.BuyerOrders;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import cn.longyuan.market.shop.interfaces.web.account.RegionOptions;
import cn.longyuan.market.shop.interfaces.web.cart.CartLine;
import cn.longyuan.market.shop.interfaces.web.cart.OrderPreview;
import cn.longyuan.market.shop.interfaces.web.cart.PricedCart;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

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
    static final String KEY_PARAMETER = "checkoutKey";
    private static final String KEY_PREFIX = "shop-";
    private static final Pattern CHECKOUT_KEY =
            Pattern.compile(KEY_PREFIX + "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

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

    /** A logged-in buyer's saved addresses (id → details), and the one chosen. */
    private LinkedHashMap<Long, BuyerAddress.Details> savedAddresses = new LinkedHashMap<>();

    private Long savedAddressId;

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
        String posted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(KEY_PARAMETER);
        checkoutKey =
                posted != null && CHECKOUT_KEY.matcher(posted).matches() ? posted : KEY_PREFIX + UUID.randomUUID();
        prefillForBuyer();
        refresh();
    }

    /** A registered buyer: her name and e-mail, and her default address, filled in for her. */
    private void prefillForBuyer() {
        buyer.get().ifPresent(b -> {
            delivery.setName(b.displayName());
            delivery.setEmail(b.email().orElse(null));
            addressBook.of(b.accountId()).forEach(a -> savedAddresses.put(a.id(), a.details()));
            savedAddresses.keySet().stream().findFirst().ifPresent(id -> {
                savedAddressId = id;
                useSavedAddress();
            });
        });
    }

    /** The buyer chose one of her saved addresses: it fills the address and the recipient's name and phone. */
    public void useSavedAddress() {
        BuyerAddress.Details d = savedAddressId == null ? null : savedAddresses.get(savedAddressId);
        if (d == null) {
            return;
        }
        delivery.fill(d);
        refresh();
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }

    public List<SelectItem> getSavedAddresses() {
        return savedAddresses.entrySet().stream()
                .map(e -> new SelectItem(
                        e.getKey(),
                        e.getValue().recipient() + " · "
                                + RegionOptions.place(
                                        e.getValue().province(), e.getValue().city()) + " "
                                + e.getValue().line()))
                .toList();
    }

    public Long getSavedAddressId() {
        return savedAddressId;
    }

    public void setSavedAddressId(Long savedAddressId) {
        this.savedAddressId = savedAddressId;
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
        if (delivery.isDomestic() && !CheckoutMessages.regionAccepted(delivery)) {
            return null;
        }
        OrderRequest request =
                OrderRequest.of(lines, delivery.contact(), delivery.shippingAddress(), paymentMethod, delivery.gift());
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

    /** The checkout's idempotency key, also carried by the form ({@value #KEY_PARAMETER}). */
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

    public String getDeliveryRule() {
        return OrderPreview.deliveryRule();
    }

    /** Offline ways always; online payment (card, Alipay, WeChat Pay through Stripe) where it is configured. */
    public PaymentMethod[] getPaymentMethods() {
        return isOnlinePaymentOffered()
                ? new PaymentMethod[] {PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.STRIPE
                }
                : new PaymentMethod[] {PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY};
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
