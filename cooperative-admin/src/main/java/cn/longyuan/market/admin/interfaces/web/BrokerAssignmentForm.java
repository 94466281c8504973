package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.OrderAssignment;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The order page's "assign to a broker" form ({@code WEB-INF/includes/assign-broker.xhtml}), for federation staff and
 * the manager of an order's only cooperative, while the order has no broker; the rules are {@link OrderAssignment}'s.
 */
@Named
@ViewScoped
public class BrokerAssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderAssignment assignment;

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private Instance<Actor> actor;

    private String number;
    private String broker;
    private transient Boolean shown;
    private transient List<OrderAssignment.Broker> brokers;

    /** Takes the order's number from the page (whose own view action has answered 404 for another's order). */
    public void load(String orderNumber) {
        if (number == null) {
            number = orderNumber;
        }
    }

    public boolean isShown() {
        if (shown == null) {
            try {
                shown = number != null && assignment.mayAssign(actor.get(), orders.handled(actor.get(), number));
            } catch (RequestRefusedException e) {
                shown = false;
            }
        }
        return shown;
    }

    public List<OrderAssignment.Broker> getBrokers() {
        if (brokers == null) {
            brokers = assignment.brokers(actor.get());
        }
        return brokers;
    }

    public String assign() {
        try {
            assignment.assign(actor.get(), number, broker);
            PageMessages.info("assign.done", number, broker);
            return "/fulfil?faces-redirect=true&number=" + number;
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "assign", null);
            shown = null;
            return null;
        }
    }

    public String getBroker() {
        return broker;
    }

    public void setBroker(String broker) {
        this.broker = broker;
    }
}
