package cn.longyuan.market.application.catalog;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.buyer.Review;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reviews of products. Only the buyer of an order may review a product of it, only once the order is delivered
 * (DELIVERED or COMPLETED), and once per product per order (the table's unique key holds this too, against two
 * submits at once). The text is kept as typed, plain text; the pages escape it when they show it.
 */
@ApplicationScoped
@Transactional
public class Reviews {

    /** The order statuses in which the buyer has her pieces. */
    public static final Set<OrderStatus> REVIEWABLE = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    /** A review as the product page shows it: the reviewer's display name, never her login. */
    public record Shown(String reviewer, int rating, String text, Instant at) {}

    /** A product's reviews and their average rating (empty when there are none). */
    public record OfProduct(List<Shown> reviews, OptionalDouble average) {}

    private EntityManager em;
    private Clock clock;

    protected Reviews() {
        // for CDI proxies
    }

    @Inject
    public Reviews(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfProduct ofProduct(long productId) {
        List<Review> reviews = em.createNamedQuery(Review.OF_PRODUCT, Review.class)
                .setParameter("product", productId)
                .setMaxResults(200)
                .getResultList();
        List<Shown> shown = new ArrayList<>();
        for (Review r : reviews) {
            Account reviewer = em.find(Account.class, r.accountId());
            shown.add(new Shown(reviewer == null ? "" : reviewer.displayName(), r.rating(), r.body(), r.createdAt()));
        }
        OptionalDouble average = em.createQuery(
                        "select avg(r.rating) from Review r where r.productId = :product", Double.class)
                .setParameter("product", productId)
                .getResultStream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .findFirst();
        return new OfProduct(shown, average);
    }

    /** Numbers of her orders in which she may review this product now (delivered, not reviewed yet), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> reviewableOrders(long accountId, long productId) {
        List<String> numbers = new ArrayList<>();
        for (CustomerOrder order : em.createNamedQuery(CustomerOrder.OF_BUYER, CustomerOrder.class)
                .setParameter("account", accountId)
                .getResultList()) {
            if (REVIEWABLE.contains(order.status()) && contains(order, productId) && !reviewed(productId, order.id())) {
                numbers.add(order.number());
            }
        }
        return numbers;
    }

    public Review write(long accountId, String orderNumber, long productId, int rating, String text) {
        CustomerOrder order = orderNumber == null
                ? null
                : em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                        .setParameter("number", orderNumber)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (order == null || !Objects.equals(order.buyerAccountId(), accountId) || !contains(order, productId)) {
            throw RequestRefusedException.notFound("No such order of yours with this product.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (rating < Review.MIN_RATING || rating > Review.MAX_RATING) {
            violations.add(new FieldViolation("rating", "from 1 to 5"));
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            violations.add(new FieldViolation("text", "required"));
        } else if (body.length() > Review.MAX_LENGTH) {
            violations.add(new FieldViolation("text", "at most " + Review.MAX_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The review has invalid fields.", violations);
        }
        if (!REVIEWABLE.contains(order.status())) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + order.number() + " is " + order.status()
                            + ": a product can be reviewed once it is delivered.");
        }
        if (reviewed(productId, order.id())) {
            throw alreadyReviewed();
        }
        Review review = new Review(productId, order.id(), accountId, rating, body, clock.instant());
        try {
            em.persist(review);
            em.flush();
        } catch (PersistenceException duplicate) {
            // the same review posted twice at once: the unique key lets one in
            throw alreadyReviewed();
        }
        return review;
    }

    private static RequestRefusedException alreadyReviewed() {
        return new RequestRefusedException(Reason.INVALID_STATE, "This product of this order is reviewed already.");
    }

    private boolean reviewed(long productId, long orderId) {
        return em.createNamedQuery(Review.EXISTS, Long.class)
                        .setParameter("product", productId)
                        .setParameter("order", orderId)
                        .getSingleResult()
                > 0;
    }

    private static boolean contains(CustomerOrder order, long productId) {
        return order.lines().stream().mapToLong(OrderLine::productId).anyMatch(id -> id == productId);
    }
}
