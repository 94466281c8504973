package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.application.payment.OnlinePayments;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.shop.interfaces.web.order.BankTransferDisplay;
import cn.longyuan.market.shop.interfaces.web.order.OrderDisplay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Servlets;

/**
 * The page after checkout: the order just placed, read back from the service (its figures, not the
 * preview's), and the link to follow it later — number and access token, which only this buyer has.
 */
@Named
@RequestScoped
public class OrderConfirmation {

    @Inject
    private ShoppingCart cart;

    @Inject
    private OrderService orders;

    @Inject
    private OnlinePayments payments;

    @Inject
    private BankTransferPayee payee;

    private BankTransferDisplay transfer;

    private OrderDisplay order;
    private String orderAddress;
    private OnlinePayments.PaymentForm paymentForm;
    private boolean paymentUnavailable;

    /** The view action: the last order placed in this session, if any. */
    public void load() {
        cart.lastPlaced()
                .ifPresent(placed -> orders.findForToken(placed.number(), placed.accessToken())
                        .ifPresent(view -> {
                            order = OrderDisplay.of(view);
                            transfer = BankTransferDisplay.of(view, payee.details());
                            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequest();
                            orderAddress = Servlets.getRequestBaseURL(request) + "order.xhtml?number="
                                    + URLEncoder.encode(placed.number(), StandardCharsets.UTF_8)
                                    + "&token=" + URLEncoder.encode(placed.accessToken(), StandardCharsets.UTF_8);
                            if (view.paymentMethod() == PaymentMethod.STRIPE
                                    && view.status() == OrderStatus.AWAITING_PAYMENT) {
                                try {
                                    // normally made while placing; made here when Stripe failed then and works now
                                    paymentForm = payments.formOf(placed.number())
                                            .orElseGet(() -> payments.prepare(placed.number()));
                                } catch (RequestRefusedException e) {
                                    paymentUnavailable = true;
                                }
                            }
                        }));
    }

    /** The PaymentIntent's client secret and the publishable key, for Stripe's Payment Element; null otherwise. */
    public OnlinePayments.PaymentForm getPaymentForm() {
        return paymentForm;
    }

    /** An online order whose payment cannot be prepared now: the page says to reload in a moment. */
    public boolean isPaymentUnavailable() {
        return paymentUnavailable;
    }

    /** How to pay by bank transfer while the order waits for it; null otherwise. */
    public BankTransferDisplay getTransfer() {
        return transfer;
    }

    public OrderDisplay getOrder() {
        return order;
    }

    /** The full address of the order page, to keep. */
    public String getOrderAddress() {
        return orderAddress;
    }
}
