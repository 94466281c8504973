package cn.longyuan.market.application.catalog;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.application.members.TrainingProfiles.MakerProfile;
import cn.longyuan.market.application.members.TrainingProfiles.TrainingRecord;
import cn.longyuan.market.application.resilience.RetriedWhenTheDatabaseRestarts;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.application.shared.Like;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.production.TraceCode;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What buyers may read of the chain: listed products with what is available now, their makers' public
 * faces and trainings, and the batch behind a trace code. Nothing here carries an artisan's private data:
 * the records below have no field for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetriedWhenTheDatabaseRestarts
public class CatalogQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private EntityManager em;
    private StockService stock;

    protected CatalogQueries() {
        // for CDI proxies
    }

    @Inject
    public CatalogQueries(@MarketDatabase EntityManager em, StockService stock) {
        this.em = em;
        this.stock = stock;
    }

    public record ProductSummary(
            long id,
            BilingualText name,
            Money price,
            int available,
            String craft,
            BilingualText craftName,
            long cooperativeId,
            BilingualText cooperativeName,
            String township,
            String imageUrl,
            BilingualText townshipName) {}

    public record ProductPage(List<ProductSummary> items, long total) {}

    /**
     * @param rule the income split rule a sale of the product is split by (its own, else its cooperative's, else the
     *     default), and {@code pieceSplit} one piece's price split by it as the ledger splits a sale with a broker
     */
    public record ProductDetail(
            ProductSummary summary,
            BilingualText description,
            List<MakerProfile> makers,
            SplitRule rule,
            IncomeSplit pieceSplit) {

        /**
         * None available, but trained women have made it before: the cooperative can make more, so a buyer may ask
         * for pieces made for her.
         */
        public boolean madeToOrder() {
            return summary.available() <= 0 && !makers.isEmpty();
        }
    }

    public record TraceView(
            String code,
            ProductSummary product,
            MakerProfile maker,
            LocalDate madeOn,
            int quantity,
            List<TrainingRecord> trainingsInCraft,
            boolean voided) {}

    /** A cooperative's bilingual name (cooperatives are cached reference data). */
    public BilingualText cooperativeName(long cooperativeId) {
        return em.find(cn.longyuan.market.domain.model.cooperative.Cooperative.class, cooperativeId)
                .name();
    }

    public BilingualText locationName(long locationId) {
        return em.find(cn.longyuan.market.domain.model.cooperative.Location.class, locationId)
                .name();
    }

    /** Published products, newest first, filtered by words in either language, craft and cooperative. */
    @Transactional(Transactional.TxType.REQUIRED) // one connection and context for its reads, as product(id)
    public ProductPage products(String q, String craft, Long cooperativeId, int page, int size) {
        StringBuilder where = new StringBuilder(" where " + Product.ON_SALE);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (craft != null && !craft.isBlank()) {
            where.append(" and p.craft.code = :craft");
            parameters.put("craft", craft.strip());
        }
        if (cooperativeId != null) {
            where.append(" and p.cooperative.id = :cooperative");
            parameters.put("cooperative", cooperativeId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(p.name.zh) like :q escape '!' or lower(p.name.en) like :q escape '!'"
                    + " or lower(p.description.zh) like :q escape '!' or lower(p.description.en) like :q escape '!')");
            parameters.put("q", Like.containing(q));
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p" + where, Long.class);
        TypedQuery<Product> select = em.createQuery(
                "select p from Product p join fetch p.cooperative join fetch p.craft" + where
                        + " order by p.createdAt desc, p.id desc",
                Product.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<Product> products =
                select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ProductPage(summaries(products), count.getSingleResult());
    }

    /** The listed products of these ids in the given order; ids no longer listed are left out. */
    @Transactional(Transactional.TxType.REQUIRED) // one connection and context for its reads, as product(id)
    public List<ProductSummary> summariesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> byId = new java.util.HashMap<>();
        em.createQuery(
                        "select p from Product p join fetch p.cooperative join fetch p.craft where p.id in :ids"
                                + " and " + Product.ON_SALE,
                        Product.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> byId.put(p.id(), p));
        return summaries(ids.stream().filter(byId::containsKey).map(byId::get).toList());
    }

    /** The crafts that have at least one listed product, in the programme's order: what a buyer can filter by. */
    public List<CraftName> listedCrafts() {
        return em
                .createQuery(
                        "select c from Craft c where exists (select p from Product p where p.craft = c" + " and "
                                + Product.ON_SALE + ") order by c.sortOrder",
                        Craft.class)
                .getResultList()
                .stream()
                .map(c -> new CraftName(c.code(), c.name()))
                .toList();
    }

    // One transaction for the several reads of one answer: outside a transaction each query takes its own pool
    // connection (the pool's locks were where the product API waited under load, see bench/RESULTS.md) and its own
    // persistence context, so an enrollment's artisan, read a moment before, was read again by id.
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<ProductDetail> product(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || !product.isOnSale()) {
            return Optional.empty();
        }
        List<Artisan> makers = em
                .createNamedQuery(ProductionBatch.MAKERS_OF_PRODUCT, Artisan.class)
                .setParameter("product", id)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(Artisan::id))
                .toList();
        Map<Long, MakerProfile> profiles = TrainingProfiles.of(em, makers);
        SplitRule rule = IncomeLedger.ruleFor(em, product.cooperative().id(), product.id());
        return Optional.of(new ProductDetail(
                summaries(List.of(product)).get(0),
                product.description(),
                makers.stream().map(a -> profiles.get(a.id())).toList(),
                rule,
                IncomeSplit.ofOnePiece(product.price(), rule)));
    }

    /** The batch behind a trace code as printed on a tag; empty for a code that is not ours. */
    @Transactional(Transactional.TxType.REQUIRED) // one connection and context for its reads, as product(id)
    public Optional<TraceView> trace(String typedCode) {
        Optional<TraceCode> code = TraceCode.parse(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ProductionBatch.BY_TRACE_CODE, ProductionBatch.class)
                .setParameter("code", code.get().value())
                .getResultStream()
                .findFirst()
                .map(batch -> {
                    Artisan maker = batch.artisan();
                    MakerProfile profile =
                            TrainingProfiles.of(em, List.of(maker)).get(maker.id());
                    String craft = batch.product().craft().code();
                    return new TraceView(
                            code.get().value(),
                            summaries(List.of(batch.product())).get(0),
                            profile,
                            batch.madeOn(),
                            batch.quantity(),
                            profile.trainings().stream()
                                    .filter(t -> t.craft().equals(craft))
                                    .toList(),
                            batch.isVoided());
                });
    }

    private List<ProductSummary> summaries(List<Product> products) {
        Map<Long, Integer> available =
                stock.availableOf(products.stream().map(Product::id).toList());
        return products.stream()
                .map(p -> new ProductSummary(
                        p.id(),
                        p.name(),
                        p.price(),
                        available.getOrDefault(p.id(), 0),
                        p.craft().code(),
                        p.craft().name(),
                        p.cooperative().id(),
                        p.cooperative().name(),
                        p.cooperative().township(),
                        p.imageUrl(),
                        p.cooperative().townshipName()))
                .toList();
    }
}
