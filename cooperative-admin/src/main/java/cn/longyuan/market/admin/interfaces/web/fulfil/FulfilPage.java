package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.admin.interfaces.web.Refusals;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderActions;
import cn.longyuan.market.application.ordering.OrderDeliveries;
import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One order as the cooperative fulfils it ({@link FulfilView}: its lines, the income split, the pick list, the
 * returns, the history) and the steps {@link OrderActions} says the user may take now — confirming an offline
 * payment, packing, shipping, delivery, cancelling before shipping, returns — each a dialog's form carried to its
 * service; and the packing slip.
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
    private OrderDeliveries deliveries;

    @Inject
    private IncomeLedger income;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String number;
    private boolean notFound;
    private transient FulfilView view;

    private final PaymentForm payment = new PaymentForm();
    private final ShipmentForm shipment = new ShipmentForm();
    private final CancelForm cancellation = new CancelForm();
    private final ReturnForm pieceReturn = new ReturnForm();

    public void load() {
        try {
            view = read();
            payment.prefill(view.order().total(), LocalDate.now(MarketTime.ZONE));
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private FulfilView read() {
        Actor user = actor.get();
        CustomerOrder order = orders.handled(user, number);
        return new FulfilView(
                order,
                OrderActions.ownPart(user, order),
                OrderActions.of(user, order),
                fulfilment.pickList(user, number),
                fulfilment.returns(user, number),
                income.splitOf(user, order.id()));
    }

    /** The order as the page shows it, read again after a postback (it is not kept in the view between requests). */
    public FulfilView getView() {
        if (view == null && !notFound && number != null) {
            view = read();
        }
        return view;
    }

    public void confirmPayment() {
        act(
                () -> orders.paymentReceived(
                        actor.get(),
                        number,
                        payment.money(),
                        getView().order().paymentMethod(),
                        payment.getReceivedOn()),
                "fulfil.paymentConfirmed");
    }

    public void pack() {
        act(() -> fulfilment.pack(actor.get(), number), "fulfil.packed");
    }

    public void ship() {
        act(
                () -> orders.ship(actor.get(), number, shipment.getCarrier(), shipment.getTrackingNumber()),
                "fulfil.shipped");
    }

    public void confirmDelivered() {
        act(() -> deliveries.confirmDelivered(actor.get(), number, null), "fulfil.delivered");
    }

    public void cancel() {
        act(() -> fulfilment.cancel(actor.get(), number, cancellation.getReason()), "fulfil.cancelled");
    }

    public void returnPieces() {
        act(
                () -> ReturnForm.onThisForm(() -> fulfilment.returnPieces(
                        actor.get(),
                        number,
                        pieceReturn.getProduct(),
                        pieceReturn.getQuantity(),
                        pieceReturn.getDisposition(),
                        pieceReturn.getReason())),
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
        view = read();
    }

    public String name(OrderLine line) {
        return line.name().in(language.getLocale());
    }

    public PaymentForm getPayment() {
        return payment;
    }

    public ShipmentForm getShipment() {
        return shipment;
    }

    public CancelForm getCancellation() {
        return cancellation;
    }

    public ReturnForm getPieceReturn() {
        return pieceReturn;
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
}
