package cn.longyuan.market.application.catalog;

import cn.longyuan.market.application.catalog.CatalogQueries.ProductSummary;
import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.application.members.TrainingProfiles.MakerProfile;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.catalog.ProductImage;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.training.Artisan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shop's profile pages and what a product page shows beside the product: a cooperative's public face and
 * its listed products, an artisan's public profile (only when she consented to one) and the pieces she made, a
 * product's gallery, other work by its makers, a craft's name. Only public data: the records have no field for
 * anything private.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogProfiles {

    private EntityManager em;
    private CatalogQueries catalog;

    protected CatalogProfiles() {
        // for CDI proxies
    }

    @Inject
    public CatalogProfiles(@MarketDatabase EntityManager em, CatalogQueries catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    public record CooperativeProfile(
            long id,
            BilingualText name,
            String township,
            Optional<BilingualText> story,
            List<ProductSummary> products,
            BilingualText townshipName) {}

    public record ArtisanProfile(
            MakerProfile maker, long cooperativeId, BilingualText cooperativeName, List<ProductSummary> products) {}

    /** A batch of the product as its tag tells it: the trace code, the maker's public name, the day, how many. */
    public record BatchView(String traceCode, BilingualText maker, java.time.LocalDate madeOn, int quantity) {}

    /**
     * What the shop's sitemap names: every product on sale, the cooperatives that sell them and the crafts they are
     * in. Nothing withdrawn, unpublished or of a cooperative that is not approved.
     */
    public record ListedPages(List<Long> productIds, List<Long> cooperativeIds, List<String> craftCodes) {}

    @Transactional(Transactional.TxType.REQUIRED) // one connection for its three reads
    public ListedPages listedPages() {
        List<Long> products = em.createQuery(
                        "select p.id from Product p where " + Product.ON_SALE + " order by p.id", Long.class)
                .getResultList();
        List<Long> cooperatives = em
                .createQuery("select distinct p.cooperative.id from Product p where " + Product.ON_SALE, Long.class)
                .getResultList()
                .stream()
                .sorted()
                .toList();
        List<String> crafts =
                catalog.listedCrafts().stream().map(CraftName::code).toList();
        return new ListedPages(products, cooperatives, crafts);
    }

    /** The batches that made the product, latest first: the provenance behind every tag. */
    public List<BatchView> batches(long productId, int max) {
        return em.createQuery(
                        "select b from ProductionBatch b join fetch b.artisan where b.product.id = :p"
                                + " order by b.madeOn desc, b.id desc",
                        cn.longyuan.market.domain.model.production.ProductionBatch.class)
                .setParameter("p", productId)
                .setMaxResults(max)
                .getResultStream()
                .map(b -> new BatchView(b.traceCode().value(), b.artisan().publicName(), b.madeOn(), b.quantity()))
                .toList();
    }

    public Optional<CooperativeProfile> cooperative(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null) {
            return Optional.empty();
        }
        List<Long> listed = em.createQuery(
                        "select p.id from Product p where p.cooperative.id = :c and p.published = true"
                                + " order by p.createdAt desc, p.id desc",
                        Long.class)
                .setParameter("c", id)
                .getResultList();
        return Optional.of(new CooperativeProfile(
                id,
                cooperative.name(),
                cooperative.township(),
                Optional.ofNullable(cooperative.story()),
                catalog.summariesOf(listed),
                cooperative.townshipName()));
    }

    /** Her public profile; empty when there is no such artisan or she has not consented to a public profile. */
    public Optional<ArtisanProfile> artisan(long id) {
        Artisan artisan = em.find(Artisan.class, id);
        if (artisan == null || !artisan.hasPublicConsent() || !artisan.isActive()) {
            return Optional.empty();
        }
        MakerProfile maker = TrainingProfiles.of(em, List.of(artisan)).get(artisan.id());
        return Optional.of(new ArtisanProfile(
                maker,
                artisan.cooperative().id(),
                artisan.cooperative().name(),
                catalog.summariesOf(productsMadeBy(List.of(id), -1))));
    }

    /** Which of these artisans have a public profile page. */
    public Set<Long> withPublicProfile(Collection<Long> artisanIds) {
        if (artisanIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "select a.id from Artisan a where a.id in :ids and a.publicConsent = true and a.active = true",
                        Long.class)
                .setParameter("ids", List.copyOf(artisanIds))
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The listed products these artisans made, newest first, without the one given. */
    public List<ProductSummary> otherWorkBy(Collection<Long> artisanIds, long exceptProductId, int max) {
        if (artisanIds.isEmpty()) {
            return List.of();
        }
        return catalog.summariesOf(
                productsMadeBy(artisanIds, exceptProductId).stream().limit(max).toList());
    }

    private List<Long> productsMadeBy(Collection<Long> artisanIds, long exceptProductId) {
        List<Product> products = em.createQuery(
                        "select distinct b.product from ProductionBatch b where b.artisan.id in :a"
                                + " and b.product.published = true and b.product.id <> :except",
                        Product.class)
                .setParameter("a", List.copyOf(artisanIds))
                .setParameter("except", exceptProductId)
                .getResultList();
        return products.stream()
                .sorted(java.util.Comparator.comparing(Product::createdAt)
                        .reversed()
                        .thenComparing(Product::id, java.util.Comparator.reverseOrder()))
                .map(Product::id)
                .toList();
    }

    /** The product's pictures in order; a product without a gallery shows its main image alone. */
    public List<String> gallery(long productId) {
        List<String> urls = em.createNamedQuery(ProductImage.OF_PRODUCT, ProductImage.class)
                .setParameter("product", productId)
                .getResultStream()
                .map(ProductImage::url)
                .toList();
        if (!urls.isEmpty()) {
            return urls;
        }
        Product product = em.find(Product.class, productId);
        return product == null || product.imageUrl() == null ? List.of() : List.of(product.imageUrl());
    }

    public Optional<CraftName> craft(String code) {
        Craft craft = code == null ? null : em.find(Craft.class, code);
        return craft == null ? Optional.empty() : Optional.of(new CraftName(craft.code(), craft.name()));
    }
}
