package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.admin.infrastructure.ShopAddress;
import cn.longyuan.market.application.brokerage.PhoneOrders;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.web.faces.GiftInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A broker takes an order on the phone: products, the buyer's contact and address, offline payment. It is
 * placed under the shop's rules and lands on her desk; the page then shows the tracking link to send the buyer.
 * The form carries one idempotency key, so a double click or a resubmitted form places one order.
 */
@Named
@RequestScoped
public class PhoneOrderPage {

    @Inject
    private PhoneOrders phoneOrders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ShopAddress shop;

    @Inject
    private Actor actor;

    private final LineInputs lines = new LineInputs("phone");
    private String key;
    private final ContactInput contact = new ContactInput();
    private final AddressInput address = new AddressInput();
    private PaymentMethod paymentMethod = PaymentMethod.CASH_ON_DELIVERY;
    private final GiftInput gift = new GiftInput();
    private OrderService.PlacedOrder placed;
    private List<CatalogQueries.ProductSummary> products;

    @PostConstruct
    void init() {
        key = UUID.randomUUID().toString();
    }

    public void place() {
        Map<String, String> inputs = lines.inputsOfFields();
        inputs.putAll(
                Map.of("contact.name", "phone:name", "contact.phone", "phone:phone", "contact.email", "phone:email"));
        inputs.putAll(AddressInput.inputsOfFields("phone"));
        inputs.put("gift.message", "phone:giftMessage");
        PlaceOrderCommand command = new PlaceOrderCommand(
                lines.lines(), contact.toContact(), address.toShippingAddress(), paymentMethod, gift.toGift());
        try {
            // resubmitting the same form answers its first order; the same form changed after an order is refused
            placed = phoneOrders.place(actor, command, key, command.fingerprint());
            FormMessages.info("phoneOrder.placed", placed.order().number());
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, inputs);
        }
    }

    public List<CatalogQueries.ProductSummary> getProducts() {
        if (products == null) {
            products = catalog.products(null, null, null, 0, 100).items();
        }
        return products;
    }

    public List<PaymentMethod> getPaymentMethods() {
        return List.of(PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.BANK_TRANSFER);
    }

    public String getTrackingUrl() {
        return placed == null ? null : shop.orderPage(placed.order().number(), placed.accessToken());
    }

    public OrderService.PlacedOrder getPlaced() {
        return placed;
    }

    public List<LineInput> getLines() {
        return lines.getRows();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public ContactInput getContact() {
        return contact;
    }

    public AddressInput getAddress() {
        return address;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public GiftInput getGift() {
        return gift;
    }
}
