package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockQueries;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** The first page after login: what needs the user's attention, for her role. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    private Actor actor;

    @Inject
    private StockQueries stock;

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private CatalogQueries catalog;

    private List<StockQueries.ProductStock> products;
    private List<CustomerOrder> recentOrders;
    private long awaitingPayment;
    private long toShip;

    @PostConstruct
    void load() {
        products = stock.visibleTo(actor, null);
        recentOrders = orders.handledBy(actor, null, 0, 5).items();
        awaitingPayment =
                orders.handledBy(actor, OrderStatus.AWAITING_PAYMENT, 0, 1).total();
        toShip = orders.toShip(actor);
    }

    public Actor getActor() {
        return actor;
    }

    public String getCooperativeName() {
        return actor.is(Role.COOP_MANAGER)
                ? catalog.cooperativeName(actor.cooperativeId()).in(Faces.getLocale())
                : null;
    }

    public int getProductCount() {
        return products.size();
    }

    public int getPiecesAvailable() {
        return products.stream().mapToInt(StockQueries.ProductStock::available).sum();
    }

    public int getPiecesReserved() {
        return products.stream().mapToInt(StockQueries.ProductStock::reserved).sum();
    }

    public long getAwaitingPayment() {
        return awaitingPayment;
    }

    public long getToShip() {
        return toShip;
    }

    public List<CustomerOrder> getRecentOrders() {
        return recentOrders;
    }
}
