package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.BackOfficeOrders;
import cn.longyuan.market.application.backoffice.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.StatusChange;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One order as the cooperative fulfils it: its lines, the pick list, the history; confirming an offline payment,
 * packing, shipping, cancelling before shipping, returns after delivery, the packing slip.
 */
@Named
@ViewScoped
public class FulfilPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "fulfil";

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private OrderFulfilment fulfilment;

    @Inject
    private cn.longyuan.market.application.backoffice.OrderDeliveries deliveries;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private cn.longyuan.market.application.income.IncomeLedger income;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String number;
    private boolean notFound;
    private transient CustomerOrder order;
    private transient List<OrderFulfilment.PickLine> pickList;
    private transient List<OrderFulfilment.ReturnLine> returns;
    private transient List<cn.longyuan.market.application.income.IncomeLedger.SplitLine> split;

    private String amount;
    private LocalDate receivedOn;
    private String carrier;
    private String trackingNumber;
    private String cancelReason;
    private Long returnProduct;
    private Integer returnQuantity = 1;
    private OrderReturn.Disposition returnDisposition = OrderReturn.Disposition.RESTOCK;
    private String returnReason;

    public void load() {
        try {
            refresh();
            amount = order.total().toDecimalString();
            receivedOn = LocalDate.now(MarketTime.ZONE);
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void refresh() {
        order = orders.handled(actor.get(), number);
        pickList = fulfilment.pickList(actor.get(), number);
        returns = fulfilment.returns(actor.get(), number);
        split = income.splitOf(actor.get(), order.id());
    }

    /** The income entries of the order's sales (her part's; federation staff every part's), each split three ways. */
    public List<cn.longyuan.market.application.income.IncomeLedger.SplitLine> getSplit() {
        getOrder();
        return split == null ? List.of() : split;
    }

    /** The order, read again after a postback (it is not kept in the view between requests). */
    public CustomerOrder getOrder() {
        if (order == null && !notFound && number != null) {
            refresh();
        }
        return order;
    }

    public List<OrderFulfilment.PickLine> getPickList() {
        getOrder();
        return pickList == null ? List.of() : pickList; // null in a view restored from another instance
    }

    public List<OrderFulfilment.ReturnLine> getReturns() {
        getOrder();
        return returns == null ? List.of() : returns;
    }

    public OrderPart getOwnPart() {
        Actor a = actor.get();
        return a.is(Role.COOP_MANAGER) && getOrder() != null
                ? getOrder().partOf(a.cooperativeId()).orElse(null)
                : null;
    }

    public List<OrderLine> getOwnLines() {
        OrderPart part = getOwnPart();
        return part == null
                ? getOrder().lines()
                : getOrder().lines().stream()
                        .filter(l -> l.cooperativeId() == part.cooperativeId())
                        .toList();
    }

    public boolean isMayConfirmPayment() {
        CustomerOrder o = getOrder();
        Actor a = actor.get();
        boolean awaited = o.status() == OrderStatus.AWAITING_PAYMENT
                || (o.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY && o.status() == OrderStatus.DELIVERED);
        return awaited
                && o.paymentMethod().isOffline()
                && (a.is(Role.FEDERATION)
                        || (a.is(Role.COOP_MANAGER) && o.parts().size() == 1));
    }

    /** Refunded in full, or every piece of her part: nothing is left to pack, and the page says so. */
    public boolean isRefunded() {
        OrderPart part = getOwnPart();
        return getOrder().status() == OrderStatus.REFUNDED || (part != null && part.status() == PartStatus.REFUNDED);
    }

    public boolean isMayPack() {
        OrderPart part = getOwnPart();
        return part != null && part.status() == PartStatus.PENDING && readyToShip();
    }

    public boolean isMayShip() {
        OrderPart part = getOwnPart();
        return part != null
                && (part.status() == PartStatus.PENDING || part.status() == PartStatus.PACKED)
                && readyToShip();
    }

    /** Her part is on its way: the buyer signed for it (the carrier's report, or the buyer told the cooperative). */
    public boolean isMayConfirmDelivery() {
        OrderPart part = getOwnPart();
        return part != null && part.status() == PartStatus.SHIPPED;
    }

    public boolean isMayCancel() {
        OrderPart part = getOwnPart();
        return part != null
                && (part.status() == PartStatus.PENDING || part.status() == PartStatus.PACKED)
                && getOrder().status().next(getOrder().paymentMethod()).contains(OrderStatus.CANCELLED);
    }

    public boolean isMayReturn() {
        OrderPart part = getOwnPart();
        return part != null && (part.status() == PartStatus.SHIPPED || part.status() == PartStatus.DELIVERED);
    }

    private boolean readyToShip() {
        CustomerOrder o = getOrder();
        return o.status() == OrderStatus.PAID
                || (o.status() == OrderStatus.CONFIRMED && o.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY);
    }

    public void confirmPayment() {
        act(
                () -> {
                    Money money;
                    try {
                        money = Money.parse(amount == null ? "" : amount);
                    } catch (IllegalArgumentException e) {
                        throw RequestRefusedException.invalid("amount", "a decimal amount such as 128.00");
                    }
                    orders.paymentReceived(
                            actor.get(), number, money, getOrder().paymentMethod(), receivedOn);
                },
                "fulfil.paymentConfirmed");
    }

    public void pack() {
        act(() -> fulfilment.pack(actor.get(), number), "fulfil.packed");
    }

    public void ship() {
        act(() -> orders.ship(actor.get(), number, carrier, trackingNumber), "fulfil.shipped");
    }

    public void confirmDelivered() {
        act(() -> deliveries.confirmDelivered(actor.get(), number, null), "fulfil.delivered");
    }

    public void cancel() {
        act(() -> fulfilment.cancel(actor.get(), number, cancelReason), "fulfil.cancelled");
    }

    public void returnPieces() {
        act(
                () -> {
                    try {
                        fulfilment.returnPieces(
                                actor.get(), number, returnProduct, returnQuantity, returnDisposition, returnReason);
                    } catch (RequestRefusedException e) {
                        // the return dialog's reason field is "returnReason" (the cancel dialog has the "reason")
                        throw new RequestRefusedException(
                                e.reason(),
                                e.getMessage(),
                                e.violations().stream()
                                        .map(v -> v.field().equals("reason")
                                                ? new cn.longyuan.market.application.FieldViolation(
                                                        "returnReason", v.message())
                                                : v)
                                        .toList());
                    }
                },
                "fulfil.returned");
    }

    public StreamedContent getPackingSlip() {
        return DefaultStreamedContent.builder()
                .name("packing-slip-" + number + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(fulfilment.packingSlip(actor.get(), number)))
                .build();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Refusals.info(doneKey, number);
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
        order = null;
        refresh();
    }

    public String cooperativeName(Long id) {
        return id == null ? "" : catalog.cooperativeName(id).in(language.getLocale());
    }

    public String name(OrderLine line) {
        return line.name().in(language.getLocale());
    }

    public String historyStatusKey(StatusChange change) {
        return (change.cooperativeId() == null ? "status." : "part.") + change.toStatus();
    }

    public OrderReturn.Disposition[] getDispositions() {
        return OrderReturn.Disposition.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Long getReturnProduct() {
        return returnProduct;
    }

    public void setReturnProduct(Long returnProduct) {
        this.returnProduct = returnProduct;
    }

    public Integer getReturnQuantity() {
        return returnQuantity;
    }

    public void setReturnQuantity(Integer returnQuantity) {
        this.returnQuantity = returnQuantity;
    }

    public OrderReturn.Disposition getReturnDisposition() {
        return returnDisposition;
    }

    public void setReturnDisposition(OrderReturn.Disposition returnDisposition) {
        this.returnDisposition = returnDisposition;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
