package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.BuyerOrders;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.application.payment.OnlinePayments;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The order page ({@code /order.xhtml?number=…&token=…}), the link a buyer keeps after checkout. A wrong
 * number or token reads "order not found", the same for both (and for another buyer's order, when a logged-in
 * buyer opens one of hers from her order history without the token), so that the page tells nothing about orders
 * one does not hold the token of.
 */
@Named
@RequestScoped
public class OrderTracking {

    @Inject
    private OrderService orders;

    @Inject
    private BuyerOrders buyerOrders;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private OnlinePayments payments;

    @Inject
    private BankTransferPayee payee;

    private BankTransferDisplay transfer;
    private String recipient;
    private String shippingAddress;
    private boolean cancellable;
    private boolean paid;

    private boolean loaded;
    private String number;
    private String token;
    private OrderDisplay order;
    private OnlinePayments.PaymentForm paymentForm;
    private boolean paymentUnavailable;

    /**
     * The view action: reads the order, or answers 404 with the page's "not found". An unpaid STRIPE order
     * also gets its payment form, so the buyer can pay (or pay again after a failed try) from here.
     */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        // on a postback (the cancel button) the page's parts ask before the view parameters are applied
        number = number != null ? number : parameter("number");
        token = token != null ? token : parameter("token");
        // a logged-in buyer follows her own orders from her order history, without the token
        Optional<OrderView> found = blankToNull(token) == null && buyer.isLoggedIn()
                ? buyerOrders.find(buyer.accountId(), blankToNull(number))
                : orders.findForToken(blankToNull(number), blankToNull(token));
        found.ifPresentOrElse(
                view -> {
                    order = OrderDisplay.of(view);
                    // her own order page, behind its token or her login: where it goes, as she gave it
                    recipient = view.contact().name();
                    var a = view.shippingAddress();
                    shippingAddress = String.join(
                            " ",
                            java.util.stream.Stream.of(
                                            a.isDomestic() ? null : a.country(),
                                            a.province(),
                                            a.city(),
                                            a.district(),
                                            a.line(),
                                            a.postcode())
                                    .filter(part -> part != null && !part.isBlank())
                                    .toList());
                    transfer = BankTransferDisplay.of(view, payee.details());
                    cancellable = view.mayBeCancelledByBuyer();
                    paid = view.status() == OrderStatus.PAID;
                    if (view.paymentMethod() == PaymentMethod.STRIPE && view.status() == OrderStatus.AWAITING_PAYMENT) {
                        try {
                            paymentForm =
                                    payments.formOf(view.number()).orElseGet(() -> payments.prepare(view.number()));
                        } catch (RequestRefusedException e) {
                            paymentUnavailable = true;
                        }
                    }
                },
                () -> FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404));
    }

    public OnlinePayments.PaymentForm getPaymentForm() {
        return paymentForm;
    }

    public boolean isPaymentUnavailable() {
        return paymentUnavailable;
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the page offers "cancel this order": unpaid and not yet packed (the service decides again). */
    public boolean isCancellable() {
        load();
        return cancellable;
    }

    /** A paid order: the page says whom to ask to cancel it, since the buyer cannot. */
    public boolean isPaid() {
        load();
        return paid;
    }

    /** How to pay by bank transfer while the order waits for it; null otherwise. */
    public BankTransferDisplay getTransfer() {
        load();
        return transfer;
    }

    /** Read again after a refused cancel: the order changed under the page (paid, packed). */
    public void reload() {
        loaded = false;
        order = null;
        transfer = null;
        cancellable = false;
        paid = false;
        paymentForm = null;
        load();
    }

    /** Who the order goes to, as the buyer gave it. */
    public String getRecipient() {
        load();
        return recipient;
    }

    /** The shipping address in one line: province, city, district, street, postcode. */
    public String getShippingAddress() {
        load();
        return shippingAddress;
    }

    public OrderDisplay getOrder() {
        load();
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
