package cn.longyuan.market.application.catalog;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.Favourite;
import cn.longyuan.market.domain.model.catalog.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The products a buyer has marked with the heart, newest first. Marking twice keeps one mark. */
@ApplicationScoped
@Transactional
public class Favourites {

    private EntityManager em;
    private Clock clock;

    protected Favourites() {
        // for CDI proxies
    }

    @Inject
    public Favourites(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Marks the product; answers whether it is marked now (always true). */
    public boolean add(long accountId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !product.isOnSale()) {
            throw RequestRefusedException.notFound("No such product.");
        }
        if (!isFavourite(accountId, productId)) {
            em.persist(new Favourite(accountId, productId, clock.instant()));
            em.flush();
        }
        return true;
    }

    public void remove(long accountId, long productId) {
        em.createNamedQuery(Favourite.ONE, Favourite.class)
                .setParameter("account", accountId)
                .setParameter("product", productId)
                .getResultList()
                .forEach(em::remove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFavourite(long accountId, long productId) {
        return !em.createNamedQuery(Favourite.ONE, Favourite.class)
                .setParameter("account", accountId)
                .setParameter("product", productId)
                .getResultList()
                .isEmpty();
    }

    /** The ids of her favourite products, newest mark first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> productIds(long accountId) {
        return em
                .createNamedQuery(Favourite.OF_ACCOUNT, Favourite.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(Favourite::productId)
                .toList();
    }
}
