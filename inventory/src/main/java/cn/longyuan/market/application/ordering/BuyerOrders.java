package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders and the buyers who placed them. Placing through here records, in the placing transaction, the
 * registered buyer (or none for a guest) and the language of her pages, and announces the new order
 * ({@link OrderPlaced}) for the confirmation e-mail, which goes out only after the order has committed. A
 * replayed request (same Idempotency-Key) answers the first order and announces nothing.
 */
@ApplicationScoped
@Transactional
public class BuyerOrders {

    /** Who places an order: a registered buyer's account id (null for a guest) and her language ("zh", "en"). */
    public record Origin(Long buyerAccountId, String language) {

        public static Origin guest(String language) {
            return new Origin(null, language);
        }
    }

    /** One line of a buyer's order history; {@code cancellable}: she may still call it off herself. */
    public record Summary(
            String number,
            String status,
            java.time.Instant placedAt,
            cn.longyuan.market.domain.model.shared.Money total,
            int pieces,
            boolean cancellable) {}

    private EntityManager em;
    private OrderService orders;
    private Event<OrderPlaced> placedEvents;

    protected BuyerOrders() {
        // for CDI proxies
    }

    @Inject
    public BuyerOrders(@MarketDatabase EntityManager em, OrderService orders, Event<OrderPlaced> placedEvents) {
        this.em = em;
        this.orders = orders;
        this.placedEvents = placedEvents;
    }

    public OrderService.PlacedOrder place(
            PlaceOrderCommand command, String idempotencyKey, String requestHash, Origin origin) {
        var placedNow = new java.util.concurrent.atomic.AtomicReference<CustomerOrder>();
        OrderService.PlacedOrder placed = orders.place(
                command, idempotencyKey, requestHash, OrderService.UnitPrices.LIST, OrderService.BUYER, order -> {
                    order.placedFrom(origin.buyerAccountId(), origin.language() == null ? "zh" : origin.language());
                    placedNow.set(order);
                });
        // a replay (same key, an order placed before) sends no second e-mail
        if (placedNow.get() != null) {
            CustomerOrder order = placedNow.get();
            placedEvents.fire(new OrderPlaced(
                    order.id(), placed.accessToken(), order.contact().email() != null));
        }
        return placed;
    }

    /** Her orders, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> history(long accountId) {
        return em
                .createNamedQuery(CustomerOrder.OF_BUYER, CustomerOrder.class)
                .setParameter("account", accountId)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(o -> new Summary(
                        o.number(),
                        o.status().name(),
                        o.placedAt(),
                        o.total(),
                        o.lines().stream().mapToInt(l -> l.quantity()).sum(),
                        o.mayBeCancelledByBuyer()))
                .toList();
    }

    /** Her order with this number; another buyer's order, a guest's, or none at all: empty alike. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderView> find(long accountId, String number) {
        return byNumber(number)
                .filter(o -> Objects.equals(o.buyerAccountId(), accountId))
                .map(o -> OrderView.of(
                        o, o.status(), id -> em.find(Cooperative.class, id).name()));
    }

    /** Like {@link #find}, refusing with "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView get(long accountId, String number) {
        return find(accountId, number).orElseThrow(() -> RequestRefusedException.notFound("No such order."));
    }

    private Optional<CustomerOrder> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }
}
