package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.OrderPlacement;
import cn.longyuan.market.application.OrderService;
import cn.longyuan.market.application.PlaceOrderCommand;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.buying.AddressBook;
import cn.longyuan.market.application.buying.BuyerOrders;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import cn.longyuan.market.shop.interfaces.web.account.RegionOptions;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.model.SelectItem;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.cart.CartLine;
import cn.longyuan.market.shop.interfaces.web.cart.OrderPreview;
import cn.longyuan.market.shop.interfaces.web.cart.PricedCart;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
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
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](\\..*)?");
    static final String KEY_PARAMETER = "checkoutKey";
    private static final String KEY_PREFIX = "shop-";
    private static final Pattern CHECKOUT_KEY = Pattern.compile(KEY_PREFIX + "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

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
            Map.entry("paymentMethod", "paymentMethod"));

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
    private java.util.LinkedHashMap<Long, BuyerAddress.Details> savedAddresses = new java.util.LinkedHashMap<>();
    private Long savedAddressId;

    private String checkoutKey;
    private String name;
    private String phone;
    private String email;
    private String country = "CN";
    private String province;
    private String city;
    private String district;
    private String addressLine;
    private String postcode;
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
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(KEY_PARAMETER);
        checkoutKey = posted != null && CHECKOUT_KEY.matcher(posted).matches() ? posted : KEY_PREFIX + UUID.randomUUID();
        prefillForBuyer();
        refresh();
    }

    /** A registered buyer: her name and e-mail, and her default address, filled in for her. */
    private void prefillForBuyer() {
        buyer.get().ifPresent(b -> {
            name = b.displayName();
            email = b.email().orElse(null);
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
        name = d.recipient();
        phone = d.phone();
        country = "CN";
        province = d.province();
        city = d.city();
        district = d.district();
        addressLine = d.line();
        postcode = d.postcode();
        refresh();
    }

    /** The province changed: the city is chosen again, from its cities. */
    public void provinceChanged() {
        city = null;
    }

    public boolean isDomestic() {
        return "CN".equals(PlaceOrderCommand.normaliseCountry(country));
    }

    public java.util.List<SelectItem> getSavedAddresses() {
        return savedAddresses.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue().recipient() + " · "
                + RegionOptions.place(e.getValue().province(), e.getValue().city()) + " " + e.getValue().line())).toList();
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
        summary = OrderPreview.of(lines, country);
    }

    public String place() {
        refresh();
        // checked after reading the cart: a second submit of this view that finds it emptied by the first
        // finds the first one's order here (the cart empties and remembers the order in one step)
        if (cart.wasPlacedWith(checkoutKey)) {
            return CONFIRMATION;
        }
        if (lines.isEmpty()) {
            error(null, ShopTexts.text("checkout.emptyCart"));
            return null;
        }
        if (isDomestic()) {
            // a city must lie in the province chosen: refused next to the field, before anything is reserved
            List<FieldViolation> regions = AddressBook.regionViolations(province, city);
            if (!regions.isEmpty()) {
                for (FieldViolation v : regions) {
                    error(FORM + ":" + v.field(), ShopTexts.text(v.message().startsWith("not a city")
                            ? "address.violation.cityNotInProvince" : v.message().startsWith("required")
                            ? "address.violation.required" : "address.violation.invalid"));
                }
                error(null, ShopTexts.text("checkout.invalid"));
                return null;
            }
        }
        OrderRequest request = OrderRequest.of(lines, new Contact(name, phone, email),
                new ShippingAddress(PlaceOrderCommand.normaliseCountry(country), province, city, district, addressLine, postcode),
                paymentMethod);
        try {
            BuyerOrders.Origin origin = new BuyerOrders.Origin(buyer.get().map(b -> b.accountId()).orElse(null),
                    language.getLanguage());
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
        for (FieldViolation violation : refused.violations()) {
            Matcher line = LINE_FIELD.matcher(violation.field());
            if (line.matches() && Integer.parseInt(line.group(1)) < lines.size()) {
                CartLine cartLine = lines.get(Integer.parseInt(line.group(1)));
                if (cartLine.getProblem() == null) {
                    cartLine.setProblem(refused.reason() == RequestRefusedException.Reason.OUT_OF_STOCK
                            ? ShopTexts.text("cart.problem.notEnough") : ViolationTexts.of(violation));
                }
                continue;
            }
            String input = INPUT_OF_FIELD.get(violation.field());
            if (input != null && !isDomestic() && (input.equals("province") || input.equals("city"))) {
                input = input + "Text";
            }
            error(input == null ? null : FORM + ":" + input, ViolationTexts.of(violation));
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

    private static void error(String clientId, String text) {
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
                ? new PaymentMethod[]{PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.STRIPE}
                : new PaymentMethod[]{PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY};
    }

    public boolean isOnlinePaymentOffered() {
        return placement.offersOnlinePayment();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }
}
