package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.stock.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Orders as the back office handles them: the list of orders a user handles, offline payment received,
 * shipping a cooperative's part. Federation staff see all orders; a manager the orders with a part of her
 * cooperative; a broker the orders assigned to her. An order the caller does not handle is "not found".
 */
@ApplicationScoped
@Transactional
public class BackOfficeOrders {

    private static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private StockService stock;
    private Clock clock;

    /** Tells the buyer's e-mail about a shipment once it has committed. */
    private Event<OrderShipped> shippedEvents;

    protected BackOfficeOrders() {
        // for CDI proxies
    }

    @Inject
    public BackOfficeOrders(
            @MarketDatabase EntityManager em, StockService stock, Clock clock, Event<OrderShipped> shippedEvents) {
        this.em = em;
        this.stock = stock;
        this.clock = clock;
        this.shippedEvents = shippedEvents;
    }

    public record OrderPage(List<CustomerOrder> items, long total) {}

    /** Page {@code page} (from 0) of {@code size} of the orders with that status the actor handles, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderPage handledBy(Actor actor, OrderStatus status, int page, int size) {
        return filtered(actor, OrderFilter.status(status), page * size, size);
    }

    /**
     * Rows {@code first} to {@code first + size} of the orders the actor handles that the filter keeps, newest first,
     * and how many it keeps. The actor's scope and the filter are both conditions of the one query: a manager's
     * filter for another cooperative keeps nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderPage filtered(Actor actor, OrderFilter filter, int first, int size) {
        return switch (actor.role()) {
            case FEDERATION -> OrderQuery.page(em, "1 = 1", Map.of(), filter, first, size);
            case COOP_MANAGER ->
                OrderQuery.page(
                        em,
                        "exists (select p from OrderPart p where p.order = o and p.cooperativeId = :cooperative)",
                        Map.of("cooperative", actor.cooperativeId()),
                        filter,
                        first,
                        size);
            case BROKER ->
                OrderQuery.page(em, "o.brokerId = :broker", Map.of("broker", actor.accountId()), filter, first, size);
            case BUYER -> throw new RequestRefusedException(Reason.FORBIDDEN, "Buyers read their orders in the shop.");
        };
    }

    /**
     * How many of the orders the actor handles wait to ship: a part of them may be shipped now
     * ({@link OrderPart#mayBeShipped()}, the fulfilment page's rule) — a manager's own part, any part for federation
     * staff and for a broker's orders. A cash-on-delivery order that was paid after delivery is no longer counted.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long toShip(Actor actor) {
        String parts = "exists (select p from OrderPart p where p.order = o and " + OrderPart.MAY_BE_SHIPPED;
        var count = switch (actor.role()) {
            case FEDERATION -> em.createQuery("select count(o) from CustomerOrder o where " + parts + ")", Long.class);
            case COOP_MANAGER ->
                em.createQuery(
                                "select count(o) from CustomerOrder o where " + parts
                                        + " and p.cooperativeId = :cooperative)",
                                Long.class)
                        .setParameter("cooperative", actor.cooperativeId());
            case BROKER ->
                em.createQuery(
                                "select count(o) from CustomerOrder o where o.brokerId = :broker and " + parts + ")",
                                Long.class)
                        .setParameter("broker", actor.accountId());
            case BUYER -> throw new RequestRefusedException(Reason.FORBIDDEN, "Buyers read their orders in the shop.");
        };
        return count.getSingleResult();
    }

    /** A product a list can be filtered by. */
    public record ProductChoice(long id, BilingualText name) implements java.io.Serializable {}

    /**
     * The products of a cooperative the actor may filter her orders by, by name: a manager her own cooperative's
     * (whichever she names), federation staff the named one's; none without a cooperative, and none for a broker.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductChoice> productChoices(Actor actor, Long cooperativeId) {
        Long cooperative =
                actor.is(Role.COOP_MANAGER) ? actor.cooperativeId() : actor.is(Role.FEDERATION) ? cooperativeId : null;
        if (cooperative == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select p from Product p where p.cooperative.id = :cooperative order by p.name.zh, p.id",
                        Product.class)
                .setParameter("cooperative", cooperative)
                .getResultList()
                .stream()
                .map(p -> new ProductChoice(p.id(), p.name()))
                .toList();
    }

    /** One order the actor handles, with its reservations; "not found" for any other. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerOrder handled(Actor actor, String number) {
        CustomerOrder order = find(actor, number, false);
        order.lines().size();
        order.history().size();
        order.parts().forEach(p -> p.shipments().size());
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reservation> reservationsOf(Actor actor, String number) {
        CustomerOrder order = find(actor, number, false);
        return stock.reservationsOf(order.id());
    }

    /**
     * Offline payment received: by federation staff, the order's broker, or the cooperative when the order has
     * only its part. The amount must be what is due; an unpaid order becomes PAID and its reserved pieces are
     * sold; a cash-on-delivery order is paid after delivery.
     */
    public CustomerOrder paymentReceived(
            Actor actor, String number, Money amount, PaymentMethod method, LocalDate receivedOn) {
        CustomerOrder order = find(actor, number, true);
        if (!OrderAccess.mayConfirmPayment(actor, order)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN,
                    "This order spans several cooperatives: federation staff or its broker confirm its payment.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (method == null || !method.isOffline()) {
            violations.add(new FieldViolation("method", "BANK_TRANSFER or CASH_ON_DELIVERY"));
        } else if (method != order.paymentMethod()) {
            violations.add(new FieldViolation("method", "this order is paid by " + order.paymentMethod()));
        }
        if (receivedOn == null) {
            violations.add(new FieldViolation("receivedOn", "required"));
        } else if (receivedOn.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            violations.add(new FieldViolation("receivedOn", "cannot be in the future"));
        }
        if (amount == null) {
            violations.add(new FieldViolation("amount", "required"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The payment has invalid fields.", violations);
        }
        if (!amount.equals(order.total())) {
            throw new RequestRefusedException(
                    Reason.AMOUNT_MISMATCH,
                    "Received " + amount.toDecimalString() + " but "
                            + order.total().toDecimalString() + " is due.",
                    List.of(new FieldViolation(
                            "amount", "must be " + order.total().toDecimalString())));
        }
        if (!order.awaitsPayment()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "Order " + number + " is " + order.status() + "; no payment is awaited.");
        }
        // a cash-on-delivery order's pieces were sold when they shipped; an unpaid order's are sold now
        boolean unpaid = order.status() == OrderStatus.AWAITING_PAYMENT;
        move(order, OrderStatus.PAID, actor, method + " " + amount.toDecimalString() + " received on " + receivedOn);
        if (unpaid) {
            stock.sellAll(order.id(), actor.username());
        }
        return order;
    }

    /**
     * The caller's cooperative hands its part to a carrier. Only once the order is paid (or confirmed, for
     * cash on delivery, whose pieces count as sold when they leave). When every part is shipped the order is.
     */
    public CustomerOrder ship(Actor actor, String number, String carrier, String trackingNumber) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative ships its part of an order.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (carrier == null || carrier.isBlank() || carrier.length() > 100) {
            violations.add(new FieldViolation("carrier", "required, at most 100 characters"));
        }
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 100) {
            violations.add(new FieldViolation("trackingNumber", "required, at most 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The shipment has invalid fields.", violations);
        }
        CustomerOrder order = find(actor, number, true);
        OrderPart part = order.partOf(actor.cooperativeId()).orElseThrow();
        if (!order.isReadyToShip()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is " + order.status() + " and cannot ship yet"
                            + (order.status() == OrderStatus.AWAITING_PAYMENT ? ": it is not paid." : "."));
        }
        if (!part.mayBeShipped()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "Your part of order " + number + " is already " + part.status() + ".");
        }
        part.ship(carrier.strip(), trackingNumber.strip(), actor.username(), clock.instant());
        shippedEvents.fire(
                new OrderShipped(order.id(), actor.cooperativeId(), carrier.strip(), trackingNumber.strip()));
        if (order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY) {
            stock.sellAllOf(order.id(), actor.cooperativeId(), actor.username());
        }
        if (order.allPartsShipped()) {
            move(order, OrderStatus.SHIPPED, actor, "every part shipped");
        }
        return order;
    }

    private CustomerOrder find(Actor actor, String number, boolean lock) {
        // payment and shipping of one order by two people at once: the second waits and sees the first's result
        return OrderAccess.find(em, number, order -> OrderAccess.handledBy(actor, order), lock);
    }

    private void move(CustomerOrder order, OrderStatus next, Actor actor, String note) {
        try {
            order.moveTo(next, actor.username(), note, clock.instant());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
    }
}
