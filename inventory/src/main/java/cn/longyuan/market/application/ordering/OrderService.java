package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.resilience.RetriedWhenTheDatabaseRestarts;
import cn.longyuan.market.application.shared.AccessTokens;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderIdempotency;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Placing, reading and expiring orders; the transaction boundary for them. Placing reserves every line or
 * none ({@link StockService#reserve}); an Idempotency-Key makes a retried request answer the first order.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    public static final String BUYER = "buyer";
    public static final String EXPIRY = "system:expiry";

    private EntityManager em;
    private StockService stock;
    private ReservationPolicy reservations;
    private Clock clock;

    protected OrderService() {
        // for CDI proxies
    }

    @Inject
    public OrderService(
            @MarketDatabase EntityManager em, StockService stock, ReservationPolicy reservations, Clock clock) {
        this.em = em;
        this.stock = stock;
        this.reservations = reservations;
        this.clock = clock;
    }

    /** What the buyer gets back: the order and the secret that lets her read it. */
    public record PlacedOrder(OrderView order, String accessToken) {}

    /**
     * Places the order, or answers the order an earlier request with the same key and body placed. A
     * concurrent request with the same key waits on the key's unique index and then fails here; its caller
     * asks {@link #replay} in a new transaction (see {@link OrderPlacement}).
     */
    public PlacedOrder place(PlaceOrderCommand command, String idempotencyKey, String requestHash) {
        return place(command, idempotencyKey, requestHash, UnitPrices.LIST, BUYER);
    }

    /** Where a line's unit price comes from: the list price in the shop, a quote's price for a quoted order. */
    @FunctionalInterface
    public interface UnitPrices {
        UnitPrices LIST = (product, quantity) -> product.price();

        cn.longyuan.market.domain.model.shared.Money of(Product product, int quantity);
    }

    /** Placing by someone else than the buyer in the shop (a broker taking a phone order), or at quoted prices. */
    public PlacedOrder place(
            PlaceOrderCommand command, String idempotencyKey, String requestHash, UnitPrices prices, String placedBy) {
        return place(command, idempotencyKey, requestHash, prices, placedBy, order -> {});
    }

    /**
     * Like the others, with {@code beforeSaving} shown the new order before it is written (not a replay's), so
     * that what the caller adds (who placed it, in which language) goes in with the first insert.
     */
    public PlacedOrder place(
            PlaceOrderCommand command,
            String idempotencyKey,
            String requestHash,
            UnitPrices prices,
            String placedBy,
            java.util.function.Consumer<CustomerOrder> beforeSaving) {
        OrderIdempotency earlier = em.find(OrderIdempotency.class, idempotencyKey);
        if (earlier != null) {
            return answerReplay(earlier, requestHash);
        }
        // whether online payment is offered here is OrderPlacement's question: it prepares the payment
        List<FieldViolation> violations = new ArrayList<>(command.violations());
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The order has invalid fields.", violations);
        }
        List<OrderLine.Draft> drafts = new ArrayList<>();
        List<StockService.Demand> demands = new ArrayList<>();
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < command.lines().size(); i++) {
            PlaceOrderCommand.Line line = command.lines().get(i);
            Product product = withCooperative(line.productId());
            if (product == null || !product.isOnSale()) {
                unknown.add(new FieldViolation("lines[" + i + "].productId", "no such product for sale"));
                continue;
            }
            drafts.add(new OrderLine.Draft(
                    product.id(),
                    product.cooperative().id(),
                    product.name(),
                    line.quantity(),
                    prices.of(product, line.quantity())));
            demands.add(new StockService.Demand(i, product.id(), line.quantity()));
        }
        if (!unknown.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "Some lines name no product for sale.", unknown);
        }
        Instant now = clock.instant();
        OrderIdempotency claim = new OrderIdempotency(idempotencyKey, requestHash, now);
        // written with the order in one flush: a concurrent request with the same key waits on the key's unique
        // index either way, and the one that loses rolls its order back with it
        em.persist(claim);

        String token = AccessTokens.newToken();
        Contact contact = new Contact(
                command.contact().name().strip(),
                PlaceOrderCommand.normalisePhone(command.contact().phone()),
                blankToNull(command.contact().email()));
        ShippingAddress a = command.shippingAddress();
        ShippingAddress address = new ShippingAddress(
                a.country(),
                a.province().strip(),
                a.city().strip(),
                blankToNull(a.district()),
                a.line().strip(),
                blankToNull(a.postcode()));
        CustomerOrder order = new CustomerOrder(
                OrderNumbers.next(em, now),
                command.paymentMethod(),
                contact,
                address,
                drafts,
                AccessTokens.hash(token),
                now,
                now.plus(reservations.ttlFor(command.paymentMethod())),
                placedBy);
        if (command.gift() != null) {
            order.sendAsGift(command.gift());
        }
        beforeSaving.accept(order);
        em.persist(order);
        em.flush();
        stock.reserve(order.id(), demands, placedBy);
        claim.answeredWith(order, token);
        return new PlacedOrder(view(order, order.status()), token);
    }

    /** The answer for a key that an earlier, committed request used. */
    public PlacedOrder replay(String idempotencyKey, String requestHash) {
        OrderIdempotency earlier = em.find(OrderIdempotency.class, idempotencyKey);
        if (earlier == null) {
            throw new IllegalStateException("no order for idempotency key " + idempotencyKey);
        }
        return answerReplay(earlier, requestHash);
    }

    private PlacedOrder answerReplay(OrderIdempotency earlier, String requestHash) {
        if (!earlier.isFor(requestHash)) {
            throw new RequestRefusedException(
                    Reason.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different order request.");
        }
        CustomerOrder order = em.find(CustomerOrder.class, earlier.orderId());
        return new PlacedOrder(view(order, earlier.initialStatus()), earlier.accessToken());
    }

    /** The order, for whoever holds its access token; empty for a wrong number or token alike. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RetriedWhenTheDatabaseRestarts
    public Optional<OrderView> findForToken(String number, String accessToken) {
        if (number == null || accessToken == null) {
            return Optional.empty();
        }
        return byNumber(number)
                .filter(order -> AccessTokens.matches(accessToken, order.accessTokenHash()))
                .map(order -> view(order, order.status()));
    }

    /**
     * The buyer, holding the order's access token, cancels her unpaid order: its pieces go back on sale. A wrong
     * number or token is "not found"; a paid, packed or shipped order is refused INVALID_STATE (the cooperative
     * cancels those, with a refund).
     */
    public OrderView cancelForToken(String number, String accessToken) {
        CustomerOrder order = byNumber(number)
                .filter(o -> accessToken != null && AccessTokens.matches(accessToken, o.accessTokenHash()))
                .orElseThrow(() -> RequestRefusedException.notFound("No order " + number + " for this token."));
        return cancelByBuyer(order.id());
    }

    /** A registered buyer cancels one of her own unpaid orders; another's order is "not found". */
    public OrderView cancelForBuyer(long buyerAccountId, String number) {
        CustomerOrder order = byNumber(number)
                .filter(o -> java.util.Objects.equals(o.buyerAccountId(), buyerAccountId))
                .orElseThrow(() -> RequestRefusedException.notFound("No such order."));
        return cancelByBuyer(order.id());
    }

    /**
     * The order row is locked first, as the expiry job and the payment webhook lock it, so that a cancel racing a
     * payment or an expiry sees the other's outcome and refuses rather than releasing stock twice.
     */
    private OrderView cancelByBuyer(long orderId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        if (!order.mayBeCancelledByBuyer()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + order.number() + " is " + order.status()
                            + (order.status() == OrderStatus.AWAITING_PAYMENT || order.status() == OrderStatus.CONFIRMED
                                    ? " and its cooperative has begun packing it"
                                    : "")
                            + "; only an unpaid order that is not yet packed can be cancelled by its buyer.");
        }
        Instant now = clock.instant();
        order.cancelByBuyer(BUYER, now);
        stock.releaseAll(order.id(), BUYER, "order " + order.number() + " cancelled by the buyer");
        return view(order, order.status());
    }

    /** Whether a request with this key has committed an order (used to answer a concurrent duplicate). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKeyAnswered(String idempotencyKey) {
        OrderIdempotency claim = em.find(OrderIdempotency.class, idempotencyKey);
        return claim != null && claim.isAnswered();
    }

    private Optional<CustomerOrder> byNumber(String number) {
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /**
     * In a transaction of its own, though it only reads: the expiry job calls it from a managed executor
     * thread, where the container's non-transactional entity manager is already closed.
     */
    public List<Long> overdueOrderIds(Instant now, int max) {
        return em.createNamedQuery(CustomerOrder.OVERDUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Expires one unpaid order past its time and gives its stock back. The order row is locked first, so
     * when two instances run the expiry job together only one of them expires it; the other finds it no
     * longer overdue. Answers whether this call expired it.
     */
    public boolean expireIfOverdue(long orderId) {
        Instant now = clock.instant();
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.isOverdue(now)) {
            return false;
        }
        order.moveTo(OrderStatus.EXPIRED, EXPIRY, "unpaid after " + reservations.ttlFor(order.paymentMethod()), now);
        stock.releaseAll(order.id(), EXPIRY, "order " + order.number() + " expired unpaid");
        return true;
    }

    private OrderView view(CustomerOrder order, OrderStatus answeredStatus) {
        return OrderView.of(
                order, answeredStatus, id -> em.find(Cooperative.class, id).name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The product and its cooperative in one query: whether it is on sale asks both. */
    private Product withCooperative(long productId) {
        return em.createQuery("select p from Product p join fetch p.cooperative where p.id = :id", Product.class)
                .setParameter("id", productId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
