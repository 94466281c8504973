package cn.longyuan.market.application.backoffice;

import cn.longyuan.market.application.MarketDatabase;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.StockService;
import cn.longyuan.market.application.security.Actor;
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
