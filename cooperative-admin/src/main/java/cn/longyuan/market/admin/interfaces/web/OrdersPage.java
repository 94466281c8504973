package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.stock.Reservation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** One order the user handles, with its lines, parts, history and the stock it holds (the list is {@link OrderListPage}). */
@Named
@RequestScoped
public class OrdersPage {

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private Actor actor;

    private String number;
    private CustomerOrder selected;
    private List<Reservation> reservations = List.of();
    private boolean notFound;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            selected = orders.handled(actor, number);
            reservations = orders.reservationsOf(actor, number);
        } catch (RequestRefusedException e) {
            notFound = true;
            // the same answer as for a thing that does not exist: the page says so, the status is 404
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(404);
        }
    }

    public String productName(long productId) {
        return selected.lines().stream()
                .filter(l -> l.productId() == productId)
                .findFirst()
                .map(l -> l.name().in(Faces.getLocale()))
                .orElse(Long.toString(productId));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CustomerOrder getSelected() {
        return selected;
    }

    public List<Reservation> getReservations() {
        return reservations;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
