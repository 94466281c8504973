package cn.longyuan.market.application.search;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * What the search index is built from — the listed products with what is in stock — and a cheap fingerprint
 * of the database's catalogue that changes whenever any of it does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchableProducts {

    private EntityManager em;
    private StockService stock;

    protected SearchableProducts() {
        // for CDI proxies
    }

    @Inject
    public SearchableProducts(@MarketDatabase EntityManager em, StockService stock) {
        this.em = em;
        this.stock = stock;
    }

    /**
     * Changes whenever a listing, a cooperative's name or the stock changes, whichever instance made the change:
     * every update of a product or cooperative raises its {@code @Version} (so the sum of versions grows), a new
     * product raises the count, and every stock change — production, reservation, release, sale, adjustment —
     * writes one more row of the stock ledger (so its highest id grows). Four aggregate reads over small tables
     * and a primary key: cheap enough to ask every few seconds.
     */
    public Fingerprint fingerprint() {
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*) from product),"
                        + " (select coalesce(sum(version), 0) from product),"
                        + " (select coalesce(sum(version), 0) from cooperative),"
                        + " (select coalesce(max(id), 0) from stock_movement)")
                .getSingleResult();
        return new Fingerprint(row[0] + "/" + row[1] + "/" + row[2], ((Number) row[3]).longValue());
    }

    /**
     * The catalogue's state in two parts: {@code catalogue} moves with any listing or cooperative change (the index
     * is then built again), {@code lastMovement} with any stock change (then only the products whose stock moved
     * are read again, {@link #stockChangedSince}).
     */
    public record Fingerprint(String catalogue, long lastMovement) {
        @Override
        public String toString() {
            return catalogue + "/" + lastMovement;
        }
    }

    /**
     * The listed products with a stock movement after {@code movementId}, as {@link #all()} has them. A stock
     * change that committed late may have a lower id than one seen before it: callers ask from a margin below
     * the last id they saw.
     */
    public List<SearchableProduct> stockChangedSince(long movementId) {
        List<Long> moved = em
                .createNativeQuery("select distinct product_id from stock_movement where id > ?1")
                .setParameter(1, movementId)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        if (moved.isEmpty()) {
            return List.of();
        }
        if (moved.size() > StockService.MOST_BOUND_IDS) {
            // a large change (a stocktake of everything): reading everything again is as cheap
            return all();
        }
        return searchable(em.createQuery(
                        "select p from Product p join fetch p.cooperative join fetch p.craft" + " where "
                                + Product.ON_SALE + " and p.id in :ids order by p.id",
                        Product.class)
                .setParameter("ids", moved)
                .getResultList());
    }

    /** Every listed product, with whether it has a piece available now. */
    public List<SearchableProduct> all() {
        return searchable(em.createQuery(
                        "select p from Product p join fetch p.cooperative join fetch p.craft" + " where "
                                + Product.ON_SALE + " order by p.id",
                        Product.class)
                .getResultList());
    }

    private List<SearchableProduct> searchable(List<Product> products) {
        Map<Long, Integer> available =
                stock.availableOf(products.stream().map(Product::id).toList());
        return products.stream()
                .map(p -> new SearchableProduct(
                        p.id(),
                        p.name().zh(),
                        p.name().en(),
                        p.description().zh(),
                        p.description().en(),
                        p.craft().code(),
                        p.craft().name().zh(),
                        p.craft().name().en(),
                        p.cooperative().id(),
                        p.cooperative().name().zh(),
                        p.cooperative().name().en(),
                        p.cooperative().township(),
                        p.price().fen(),
                        available.getOrDefault(p.id(), 0) > 0,
                        p.createdAt()))
                .toList();
    }
}
