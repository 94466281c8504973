package cn.longyuan.market.application.search;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.catalog.CatalogQueries.ProductSummary;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search as the shop and the public API present it: the index finds and orders the products, the database
 * answers what they are now (name, price, what is available this moment) and names the facets in both languages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogSearch {

    private ProductSearch search;
    private CatalogQueries catalog;
    private EntityManager em;

    protected CatalogSearch() {
        // for CDI proxies
    }

    @Inject
    public CatalogSearch(ProductSearch search, CatalogQueries catalog, @MarketDatabase EntityManager em) {
        this.search = search;
        this.catalog = catalog;
        this.em = em;
    }

    /** A facet value with its name in both languages and how many products have it. */
    public record Facet(String value, BilingualText label, long count) {}

    /** One page of products; {@code suggestions}: other words to search for when the words found nothing. */
    public record Found(
            List<ProductSummary> items,
            long total,
            List<Facet> crafts,
            List<Facet> cooperatives,
            List<Facet> townships,
            long inStock,
            long generation,
            List<String> suggestions) {}

    public Found find(SearchRequest request) {
        SearchResults results = search.search(request);
        Map<String, BilingualText> crafts = new HashMap<>();
        em.createNamedQuery(Craft.FIND_ALL, Craft.class).getResultList().forEach(c -> crafts.put(c.code(), c.name()));
        Map<String, BilingualText> cooperatives = new HashMap<>();
        // a township is filtered by its Chinese name (the value) and shown in English where a cooperative there has it
        Map<String, BilingualText> townships = new HashMap<>();
        em.createQuery("select c from Cooperative c", Cooperative.class)
                .getResultList()
                .forEach(c -> {
                    cooperatives.put(c.id().toString(), c.name());
                    townships.merge(c.township(), c.townshipName(), (kept, other) -> kept.en() != null ? kept : other);
                });
        return new Found(
                catalog.summariesOf(results.productIds()),
                results.total(),
                facets(results.crafts(), crafts),
                facets(results.cooperatives(), cooperatives),
                results.townships().stream()
                        .map(f -> new Facet(
                                f.value(),
                                townships.getOrDefault(f.value(), new BilingualText(f.value(), null)),
                                f.count()))
                        .toList(),
                results.inStock(),
                search.generation(),
                results.suggestions());
    }

    /** The index's generation: it moves when the catalogue changed (for caches of rendered pages). */
    public long generation() {
        return search.generation();
    }

    private static List<Facet> facets(List<SearchResults.FacetCount> counts, Map<String, BilingualText> names) {
        return counts.stream()
                .filter(f -> names.containsKey(f.value()))
                .map(f -> new Facet(f.value(), names.get(f.value()), f.count()))
                .toList();
    }
}
