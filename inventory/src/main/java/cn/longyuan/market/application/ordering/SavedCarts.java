package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.buyer.SavedCartLine;
import cn.longyuan.market.domain.model.catalog.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registered buyer's cart kept between visits. At login the session's cart (what she put in as a guest) is
 * merged into the saved one: quantities of the same product add up, limited by what the stock can give now
 * (and by the most one order line may ask for); a product no longer for sale drops out. While she is logged in,
 * every change of her session's cart is saved ({@link #replace}).
 */
@ApplicationScoped
@Transactional
public class SavedCarts {

    /** A product and how many of it. */
    public record Item(long productId, int quantity) {}

    /** A line the merge could not give in full: what was asked for and what the cart holds now. */
    public record Limited(long productId, int asked, int kept) {}

    /** The merged cart, in the order the products were first added, and the lines that were cut. */
    public record Merged(List<Item> items, List<Limited> limited) {}

    private EntityManager em;
    private StockService stock;
    private Clock clock;

    protected SavedCarts() {
        // for CDI proxies
    }

    @Inject
    public SavedCarts(@MarketDatabase EntityManager em, StockService stock, Clock clock) {
        this.em = em;
        this.stock = stock;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> of(long accountId) {
        return lines(accountId).stream()
                .map(l -> new Item(l.productId(), l.quantity()))
                .toList();
    }

    /** Adds the session's items to the saved cart, each limited by the stock; saves and answers the result. */
    public Merged merge(long accountId, List<Item> session) {
        Map<Long, Integer> asked = new LinkedHashMap<>();
        for (SavedCartLine line : lines(accountId)) {
            asked.merge(line.productId(), line.quantity(), Integer::sum);
        }
        for (Item item : session) {
            if (item.quantity() > 0) {
                asked.merge(item.productId(), item.quantity(), Integer::sum);
            }
        }
        Map<Long, Integer> available = stock.availableOf(new ArrayList<>(asked.keySet()));
        List<Item> kept = new ArrayList<>();
        List<Limited> limited = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : asked.entrySet()) {
            Product product = em.find(Product.class, e.getKey());
            int can = product == null || !product.isOnSale()
                    ? 0
                    : Math.min(Math.max(available.getOrDefault(e.getKey(), 0), 0), PlaceOrderCommand.MAX_QUANTITY);
            int quantity = Math.min(e.getValue(), can);
            if (quantity < e.getValue()) {
                limited.add(new Limited(e.getKey(), e.getValue(), quantity));
            }
            if (quantity > 0) {
                kept.add(new Item(e.getKey(), quantity));
            }
        }
        replace(accountId, kept);
        return new Merged(kept, limited);
    }

    /** The saved cart becomes exactly these items (the session's cart after a change). */
    public void replace(long accountId, List<Item> items) {
        Instant now = clock.instant();
        Map<Long, SavedCartLine> existing = new LinkedHashMap<>();
        lines(accountId).forEach(l -> existing.put(l.productId(), l));
        for (Item item : items) {
            SavedCartLine line = existing.remove(item.productId());
            if (item.quantity() <= 0) {
                if (line != null) {
                    em.remove(line);
                }
            } else if (line == null) {
                em.persist(new SavedCartLine(accountId, item.productId(), item.quantity(), now));
            } else if (line.quantity() != item.quantity()) {
                line.changeTo(item.quantity(), now);
            }
        }
        existing.values().forEach(em::remove);
        em.flush();
    }

    private List<SavedCartLine> lines(long accountId) {
        return em.createNamedQuery(SavedCartLine.OF_ACCOUNT, SavedCartLine.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
