package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.admin.infrastructure.ShopAddress;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * A broker's wholesale quotes: a new quote from a buyer's request, and one quote with its lines, to accept, decline,
 * or turn into an order once accepted (the list is {@link QuoteListPage}'s). Federation staff read every broker's.
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
    private Quote selected;
    private boolean notFound;
    private OrderService.PlacedOrder placed;
    private List<CatalogQueries.ProductSummary> products;

    private final QuoteForm newQuote = new QuoteForm();

    private final AddressInput address = new AddressInput();
    private PaymentMethod paymentMethod = PaymentMethod.BANK_TRANSFER;

    /** Loads before the request's values are applied, so that a postback's forms (shown per quote) are decoded. */
    @PostConstruct
    void init() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
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
        try {
            Quote quote = quotes.create(actor, newQuote.request());
            return "/quotes.xhtml?faces-redirect=true&number=" + quote.number();
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, newQuote.inputsOfFields());
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
            placed = quotes.placeOrder(actor, number, address.toShippingAddress(), paymentMethod);
            FormMessages.info("phoneOrder.placed", placed.order().number());
        } catch (RequestRefusedException refused) {
            FormMessages.show(refused, AddressInput.inputsOfFields("order"));
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
        return quotes.productName(productId).in(Faces.getLocale());
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

    public Quote getSelected() {
        return selected;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public OrderService.PlacedOrder getPlaced() {
        return placed;
    }

    public QuoteForm getNewQuote() {
        return newQuote;
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
