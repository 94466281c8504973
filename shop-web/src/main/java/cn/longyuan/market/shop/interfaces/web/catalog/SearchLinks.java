package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.search.CatalogSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The links of a page of search results, in the page's language: facets that add or remove one filter, other words
 * to search for, ways to sort (each this search with one parameter changed, from its first page), and the pages
 * before and after this one. A craft's page has no craft facet: its craft is fixed.
 */
public final class SearchLinks {

    /** A link of a facet: its name, how many products it has, the address that chooses (or, chosen, drops) it. */
    public record FacetLink(String label, long count, String url, boolean selected) {}

    /** Words to search for instead ("did you mean"), and the address that searches for them with the same filters. */
    public record SuggestionLink(String words, String url) {}

    /** A way to sort, and the address that sorts so. */
    public record SortLink(String code, String label, String url, boolean selected) {}

    private final SearchAddress address;
    private final SearchRequest request;
    private final CatalogSearch.Found found;
    private final boolean craftFixed;

    SearchLinks(SearchAddress address, SearchRequest request, CatalogSearch.Found found, boolean craftFixed) {
        this.address = address;
        this.request = request;
        this.found = found;
        this.craftFixed = craftFixed;
    }

    public List<FacetLink> getCrafts() {
        return craftFixed ? List.of() : facets(found.crafts(), "craft", request.craft());
    }

    public List<FacetLink> getCooperatives() {
        return facets(found.cooperatives(), "cooperative", Objects.toString(request.cooperativeId(), null));
    }

    public List<FacetLink> getTownships() {
        return facets(found.townships(), "township", request.township());
    }

    public FacetLink getInStock() {
        return new FacetLink(
                ShopTexts.text("facet.inStockOnly"),
                found.inStock(),
                address.changed(Map.of("stock", request.inStockOnly() ? "" : "1")),
                request.inStockOnly());
    }

    /** When the words found nothing: other words that find pieces with the same filters, nearest first. */
    public List<SuggestionLink> getSuggestions() {
        return found.suggestions().stream()
                .map(words -> new SuggestionLink(words, address.changed(Map.of("q", words))))
                .toList();
    }

    /** Every way to sort; by relevance only when there are words to be relevant to. */
    public List<SortLink> getSorts() {
        return Stream.of(SearchSort.values())
                .filter(sort -> sort != SearchSort.RELEVANCE || request.words() != null)
                .map(sort -> new SortLink(
                        sort.code(),
                        ShopTexts.text("sort." + sort.code()),
                        address.changed(Map.of("sort", sort.code())),
                        sort == request.sort()))
                .toList();
    }

    private List<FacetLink> facets(List<CatalogSearch.Facet> facets, String parameter, String chosen) {
        return facets.stream()
                .map(f -> {
                    boolean selected = f.value().equals(chosen);
                    return new FacetLink(
                            ShopTexts.in(f.label()),
                            f.count(),
                            address.changed(Map.of(parameter, selected ? "" : f.value())),
                            selected);
                })
                .toList();
    }

    public boolean isHasPrevious() {
        return request.page() > 0;
    }

    public boolean isHasNext() {
        return request.hasNextPage(found.total());
    }

    public String getPreviousUrl() {
        return address.page(request.page() - 1);
    }

    public String getNextUrl() {
        return address.page(request.page() + 1);
    }

    /** This page's number, from 1, for people. */
    public int getPageNumber() {
        return request.page() + 1;
    }

    public int getPageCount() {
        return request.pageCount(found.total());
    }
}
