package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.admin.infrastructure.ShopAddress;
import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.OrderService;
import cn.longyuan.market.application.PlaceOrderCommand;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A broker's wholesale quotes: the list, a new quote from a buyer's request, and one quote with its lines,
 * to accept, decline, or turn into an order once accepted. Federation staff read every broker's quotes.
 */
@Named
@RequestScoped
public class QuotesPage {

    @Inject
    private QuoteService quotes;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ShopAddress shop;

    @Inject
    private Actor actor;

    private String number;
    private List<Quote> list;
    private Quote selected;
    private boolean notFound;
    private OrderService.PlacedOrder placed;
    private List<CatalogQueries.ProductSummary> products;

    private final List<LineInput> lines = new ArrayList<>();
    private String customerName;
    private String customerPhone;
    private String customerEmail;
    private LocalDate wantedBy;
    private Integer validDays = QuoteService.DEFAULT_VALID_DAYS;

    private final AddressInput address = new AddressInput();
    private PaymentMethod paymentMethod = PaymentMethod.BANK_TRANSFER;

    /** Loads before the request's values are applied, so that a postback's forms (shown per quote) are decoded. */
    @PostConstruct
    void init() {
        for (int i = 0; i < PhoneOrderPage.LINES; i++) {
            lines.add(new LineInput());
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String name : List.of("number", "decide:number", "order:number")) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                number = value.strip();
                break;
            }
        }
        reload();
    }

    private void reload() {
        list = quotes.list(actor);
        selected = null;
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            selected = quotes.get(actor, number);
        } catch (RequestRefusedException e) {
            notFound = true;
        }
    }

    /** The view action: the same answer as for a thing that does not exist, with its status. */
    public void load() {
        if (notFound) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String create() {
        List<PlaceOrderCommand.Line> requested = new ArrayList<>();
        Map<String, String> inputs = new HashMap<>(Map.of("customer.name", "newQuote:name", "customer.phone", "newQuote:phone",
                "customer.email", "newQuote:email", "wantedBy", "newQuote:wantedBy", "validDays", "newQuote:validDays",
                "lines", "newQuote:lines:0:product"));
        for (int row = 0; row < lines.size(); row++) {
            LineInput line = lines.get(row);
            if (line.isFilled()) {
                inputs.put("lines[" + requested.size() + "].productId", "newQuote:lines:" + row + ":product");
                inputs.put("lines[" + requested.size() + "].quantity", "newQuote:lines:" + row + ":quantity");
                requested.add(new PlaceOrderCommand.Line(line.getProductId() == null ? 0 : line.getProductId(),
                        line.getQuantity() == null ? 0 : line.getQuantity()));
            }
        }
        try {
            Quote quote = quotes.create(actor, new QuoteService.Request(
                    new Quote.Customer(customerName, customerPhone, customerEmail), wantedBy, validDays, requested));
            return "/quotes.xhtml?faces-redirect=true&number=" + quote.number();
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, inputs);
            reload();
            return null;
        }
    }

    public String accept() {
        return decide(() -> quotes.accept(actor, number));
    }

    public String decline() {
        return decide(() -> quotes.decline(actor, number));
    }

    private String decide(Runnable decision) {
        try {
            decision.run();
            return "/quotes.xhtml?faces-redirect=true&number=" + number;
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, Map.of());
            reload();
            return null;
        }
    }

    public void placeOrder() {
        try {
            placed = quotes.placeOrder(actor, number, address.toShippingAddress(),
                    paymentMethod);
            FormMessages.info("phoneOrder.placed", placed.order().number());
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, Map.of("shippingAddress.province", "order:province", "shippingAddress.city", "order:city",
                    "shippingAddress.district", "order:district", "shippingAddress.line", "order:street",
                    "shippingAddress.postcode", "order:postcode", "paymentMethod", "order:payment"));
        }
        reload();
    }

    public boolean isBroker() {
        return actor.is(Role.BROKER);
    }

    public boolean isExpired(Quote quote) {
        return quote.isExpired(quotes.today());
    }

    public String productName(long productId) {
        return quotes.productName(productId).zh();
    }

    public String orderNumberOf(Quote quote) {
        return quotes.orderNumberOf(quote);
    }

    public String getTrackingUrl() {
        return placed == null ? null : shop.orderPage(placed.order().number(), placed.accessToken());
    }

    public List<CatalogQueries.ProductSummary> getProducts() {
        if (products == null) {
            products = catalog.products(null, null, null, 0, 100).items();
        }
        return products;
    }

    public List<PaymentMethod> getPaymentMethods() {
        return List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public List<Quote> getList() {
        return list;
    }

    public Quote getSelected() {
        return selected;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public OrderService.PlacedOrder getPlaced() {
        return placed;
    }

    public List<LineInput> getLines() {
        return lines;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(String customerPhone) {
        this.customerPhone = customerPhone;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public void setWantedBy(LocalDate wantedBy) {
        this.wantedBy = wantedBy;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
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
}
