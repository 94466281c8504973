package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock as the back office reads it: per product and per place, and the ledger behind a product. A
 * cooperative manager sees her own cooperative's products; federation staff and brokers see all (brokers
 * take orders and need to know what is there). Another cooperative's product is "not found".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StockQueries {

    private EntityManager em;
    private StockService stock;

    protected StockQueries() {
        // for CDI proxies
    }

    @Inject
    public StockQueries(@MarketDatabase EntityManager em, StockService stock) {
        this.em = em;
        this.stock = stock;
    }

    public record PlaceStock(long locationId, BilingualText name, int onHand, int reserved) {
        public int available() {
            return onHand - reserved;
        }
    }

    public record ProductStock(long productId, BilingualText name, long cooperativeId, List<PlaceStock> places) {
        public int onHand() {
            return places.stream().mapToInt(PlaceStock::onHand).sum();
        }

        public int reserved() {
            return places.stream().mapToInt(PlaceStock::reserved).sum();
        }

        public int available() {
            return onHand() - reserved();
        }
    }

    /** Stock of every product the actor may see, or of one product ({@code productId} not null). */
    public List<ProductStock> visibleTo(Actor actor, Long productId) {
        List<Product> products;
        if (productId != null) {
            products = List.of(visibleProduct(actor, productId));
        } else {
            Long scope = actor.cooperativeScope();
            var query = em.createQuery(
                    "select p from Product p" + (scope == null ? "" : " where p.cooperative.id = :scope")
                            + " order by p.cooperative.id, p.id",
                    Product.class);
            if (scope != null) {
                query.setParameter("scope", scope);
            }
            products = query.getResultList();
        }
        Map<Long, Location> locations =
                em.createQuery("select l from Location l", Location.class).getResultList().stream()
                        .collect(Collectors.toMap(Location::id, Function.identity()));
        return products.stream()
                .map(p -> new ProductStock(
                        p.id(),
                        p.name(),
                        p.cooperative().id(),
                        stock.levelsOf(p.id()).stream()
                                .map((StockLevel l) -> new PlaceStock(
                                        l.locationId(),
                                        locations.get(l.locationId()).name(),
                                        l.onHand(),
                                        l.reserved()))
                                .toList()))
                .toList();
    }

    /** The ledger of one product, newest first. */
    public List<StockMovement> ledger(Actor actor, long productId, int max) {
        visibleProduct(actor, productId);
        return em.createQuery(
                        "select m from StockMovement m where m.productId = :product order by m.occurredAt desc, m.id desc",
                        StockMovement.class)
                .setParameter("product", productId)
                .setMaxResults(max)
                .getResultList();
    }

    /** A ledger row with the balance after it at its place: on hand and reserved there once it was written. */
    public record LedgerRow(StockMovement movement, int onHandAfter, int reservedAfter) {}

    /** One page of a product's ledger, newest first, and how many rows the ledger (or the chosen place's) has. */
    public record LedgerPage(List<LedgerRow> items, long total) {}

    /** The most rows one ledger page holds. */
    public static final int MAX_LEDGER_PAGE = 10_000;

    /**
     * Rows {@code first} to {@code first + size} of a product's ledger, newest first, each with the running balance
     * at its place. The balance is a window over every row of the product at that place in the order they were
     * written, computed by the database before the page is cut (and before the place is chosen), so it is right on
     * every page. {@code locationId} null: every place.
     */
    public LedgerPage ledgerPage(Actor actor, long productId, Long locationId, int first, int size) {
        visibleProduct(actor, productId);
        if (first < 0 || size < 1 || size > MAX_LEDGER_PAGE) {
            throw RequestRefusedException.invalid("size", "from 1 to " + MAX_LEDGER_PAGE);
        }
        String place = locationId == null ? "" : " where b.location_id = ?2";
        Number total = (Number) withPlace(
                        em.createNativeQuery("select count(*) from stock_movement b where b.product_id = ?1"
                                + (locationId == null ? "" : " and b.location_id = ?2")),
                        productId,
                        locationId)
                .getSingleResult();
        List<?> rows = withPlace(
                        em.createNativeQuery("select b.id, b.on_hand_after, b.reserved_after from ("
                                + "select m.id, m.location_id, "
                                + "sum(m.on_hand_delta) over (partition by m.location_id order by m.id) as on_hand_after, "
                                + "sum(m.reserved_delta) over (partition by m.location_id order by m.id) as reserved_after "
                                + "from stock_movement m where m.product_id = ?1) b" + place
                                + " order by b.id desc offset " + first + " rows fetch next " + size + " rows only"),
                        productId,
                        locationId)
                .getResultList();
        if (rows.isEmpty()) {
            return new LedgerPage(List.of(), total.longValue());
        }
        List<Long> ids =
                rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
        Map<Long, StockMovement> movements = em
                .createQuery("select m from StockMovement m where m.id in :ids", StockMovement.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(StockMovement::id, Function.identity()));
        List<LedgerRow> items = rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new LedgerRow(
                        movements.get(((Number) r[0]).longValue()),
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue()))
                .toList();
        return new LedgerPage(items, total.longValue());
    }

    private static jakarta.persistence.Query withPlace(jakarta.persistence.Query query, long productId, Long place) {
        query.setParameter(1, productId);
        if (place != null) {
            query.setParameter(2, place);
        }
        return query;
    }

    private Product visibleProduct(Actor actor, long productId) {
        if (actor.is(Role.BUYER)) {
            throw new RequestRefusedException(RequestRefusedException.Reason.FORBIDDEN, "Buyers have no stock to see.");
        }
        Product product = em.find(Product.class, productId);
        if (product == null
                || (actor.is(Role.COOP_MANAGER)
                        && !actor.canSeeCooperative(product.cooperative().id()))) {
            throw RequestRefusedException.notFound("No product " + productId + ".");
        }
        return product;
    }
}
