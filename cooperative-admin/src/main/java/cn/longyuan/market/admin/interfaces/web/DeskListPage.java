package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.BrokerDesk;
import cn.longyuan.market.application.brokerage.DeskFilter;
import cn.longyuan.market.application.brokerage.OrderAssignment;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The desk's two lists of {@code /admin/desk.xhtml}, each a page at a time from the database: the broker's orders
 * (federation staff: every broker's, or one broker's) and the open ones to claim. One search and set of filters
 * ({@link DeskFilterForm}) narrows both, applied with the button and kept for the view.
 */
@Named
@ViewScoped
public class DeskListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "deskList";

    @Inject
    private BackOfficeNames names;

    @Inject
    private BrokerDesk desk;

    @Inject
    private OrderAssignment assignment;

    @Inject
    private BackOfficeUser user;

    private final DeskFilterForm filter = new DeskFilterForm();
    private DeskFilter applied = DeskFilter.ANY;

    private final OrderRowsModel mine = new OrderRowsModel(
            (first, size) -> desk.desk(user.actor(), BrokerDesk.DeskList.MINE, applied, first, size));
    private final OrderRowsModel open = new OrderRowsModel(
            (first, size) -> desk.desk(user.actor(), BrokerDesk.DeskList.OPEN, applied, first, size));
    private transient List<OrderAssignment.Broker> brokers;

    public void apply() {
        try {
            applied = filter.deskFilter();
            Tables.firstPage(FORM + ":mine");
            Tables.firstPage(FORM + ":openOrders");
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
    }

    public DeskFilterForm getFilter() {
        return filter;
    }

    public OrderRowsModel getMine() {
        return mine;
    }

    public OrderRowsModel getOpen() {
        return open;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    /** The brokers federation staff narrow the handled orders to (a broker sees only her own). */
    public List<OrderAssignment.Broker> getBrokers() {
        if (brokers == null) {
            brokers = user.isFederation() ? assignment.brokers(user.actor()) : List.of();
        }
        return brokers;
    }

    public String partsText(OrderRow order, boolean withStatus) {
        return order.partsText(names::cooperative, withStatus);
    }
}
