package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.CatalogProfiles;
import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.search.CatalogSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.http.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;

/**
 * The search page {@code /search?q=香包&craft=sachet&cooperative=1&township=…&min=20&max=80&stock=1&sort=newest&page=1}
 * and a craft's page {@code /crafts/sachet} (the same search with the craft fixed): everything the buyer chose is in
 * the address, so that a search can be bookmarked and shared. Facets are links that add or remove one filter.
 * <p>
 * The results are read lazily, when the page renders them: a rendered page served from the render cache
 * ({@code o:cache}, keyed by {@link #getCacheKey()}) costs no search at all.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 12;
    static final int MAX_WORDS = 100;

    @Inject
    private CatalogSearch search;

    @Inject
    private CatalogProfiles profiles;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    @Param(name = "q")
    private String q;

    @Inject
    @Param(name = "craft")
    private String craftParam;

    @Inject
    @Param(name = "cooperative")
    private String cooperativeParam;

    @Inject
    @Param(name = "township")
    private String township;

    @Inject
    @Param(name = "min")
    private String min;

    @Inject
    @Param(name = "max")
    private String max;

    @Inject
    @Param(name = "stock")
    private String stock;

    @Inject
    @Param(name = "sort")
    private String sortParam;

    @Inject
    @Param(name = "page")
    private String pageParam;

    @Inject
    @Param(pathIndex = 0)
    private String craftInPath;

    private String basePath = "/search";
    private CatalogQueries.CraftName fixedCraft;
    private SearchRequest request;
    private CatalogSearch.Found found;
    private String minMessage;
    private String craftMessage;
    private String maxMessage;

    /** A link of a facet: its name, how many products it has, the address that chooses (or, chosen, drops) it. */
    public record FacetLink(String label, long count, String url, boolean selected) {}

    /** Words to search for instead ("did you mean"), and the address that searches for them with the same filters. */
    public record SuggestionLink(String words, String url) {}

    /** A way to sort, and the address that sorts so. */
    public record SortLink(String code, String label, String url, boolean selected) {}

    /** The view action of {@code /search}. */
    public void load() {
        String craft = blankToNull(craftParam);
        if (craft != null && profiles.craft(craft.strip()).isEmpty()) {
            // a craft the shop does not know (an old bookmark, a typed address): searched without it, and said so
            craftMessage = ShopTexts.text("search.craftUnknown");
            craft = null;
        }
        request = parse(craft);
        toLastPageWhenPastIt();
    }

    /** The view action of {@code /crafts/{craft}}: an unknown craft is the shop's 404 page. */
    public void loadCraft() throws IOException {
        Optional<CatalogQueries.CraftName> craft = profiles.craft(craftInPath == null ? null : craftInPath.strip());
        if (craft.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such craft");
            faces.responseComplete();
            return;
        }
        fixedCraft = craft.get();
        basePath = "/crafts/" + fixedCraft.code();
        request = parse(fixedCraft.code());
        toLastPageWhenPastIt();
    }

    /**
     * A page past the last one (an old link, a typed {@code ?page=100}) shows the last page, which is also what its
     * canonical link and its paging then name; asked only beyond the first page, which is always there.
     */
    private void toLastPageWhenPastIt() {
        if (request.page() > 0 && request.page() >= getPageCount()) {
            request = request.withPage(getPageCount() - 1, PAGE_SIZE);
            found = null;
        }
    }

    private SearchRequest parse(String craft) {
        String words = blankToNull(q);
        if (words != null && words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
        Long cooperative = cooperativeParam == null ? null : Ids.parse(cooperativeParam.strip());
        Money minPrice = price(min, true);
        Money maxPrice = price(max, false);
        SearchSort sort =
                sortParam == null ? null : SearchSort.parse(sortParam.strip()).orElse(null);
        if (sort == null) {
            sort = words == null ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        }
        return new SearchRequest(
                words,
                blankToNull(craft),
                cooperative,
                blankToNull(township),
                minPrice,
                maxPrice,
                "1".equals(stock),
                sort,
                pageIndex(pageParam),
                PAGE_SIZE);
    }

    /** A price typed into the filter; one that is not an amount is left out and said so next to its field. */
    private Money price(String text, boolean isMin) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            String message = ShopTexts.text("search.priceInvalid");
            if (isMin) {
                minMessage = message;
            } else {
                maxMessage = message;
            }
            return null;
        }
    }

    private CatalogSearch.Found found() {
        if (found == null) {
            found = search.find(request);
        }
        return found;
    }

    /**
     * What the rendered results depend on: the language, the index generation (it moves within seconds of any change
     * of listings or stock, on any instance) and the address. Nothing of the buyer's own (cart, session) is inside.
     */
    public String getCacheKey() {
        return "search:" + ShopTexts.locale().getLanguage() + ":" + search.generation() + ":" + basePath + "?"
                + query(Map.of());
    }

    public List<ProductCard> getProducts() {
        return found().items().stream().map(ProductCard::of).toList();
    }

    public long getTotal() {
        return found().total();
    }

    public List<FacetLink> getCraftFacets() {
        if (fixedCraft != null) {
            return List.of();
        }
        return found().crafts().stream()
                .map(f -> facet(f, "craft", request.craft()))
                .toList();
    }

    public List<FacetLink> getCooperativeFacets() {
        String chosen =
                request.cooperativeId() == null ? null : request.cooperativeId().toString();
        return found().cooperatives().stream()
                .map(f -> facet(f, "cooperative", chosen))
                .toList();
    }

    public List<FacetLink> getTownshipFacets() {
        return found().townships().stream()
                .map(f -> facet(f, "township", request.township()))
                .toList();
    }

    public FacetLink getInStockFacet() {
        return new FacetLink(
                ShopTexts.text("facet.inStockOnly"),
                found().inStock(),
                link(Map.of("stock", request.inStockOnly() ? "" : "1")),
                request.inStockOnly());
    }

    private FacetLink facet(CatalogSearch.Facet f, String parameter, String chosen) {
        boolean selected = f.value().equals(chosen);
        return new FacetLink(
                ShopTexts.in(f.label()), f.count(), link(Map.of(parameter, selected ? "" : f.value())), selected);
    }

    /** When the words found nothing: other words that find pieces with the same filters, nearest first. */
    public List<SuggestionLink> getSuggestions() {
        return found().suggestions().stream()
                .map(words -> new SuggestionLink(words, link(Map.of("q", words))))
                .toList();
    }

    public List<SortLink> getSorts() {
        List<SortLink> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            if (sort == SearchSort.RELEVANCE && request.words() == null) {
                continue;
            }
            sorts.add(new SortLink(
                    sort.code(),
                    ShopTexts.text("sort." + sort.code()),
                    link(Map.of("sort", sort.code())),
                    sort == request.sort()));
        }
        return sorts;
    }

    /** The address of this search with some parameters changed ("" drops one), from the first page. */
    private String link(Map<String, String> changes) {
        Map<String, String> all = new LinkedHashMap<>(changes);
        all.put("page", "");
        String query = query(all);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + basePath
                + (query.isEmpty() ? "" : "?" + query);
    }

    private String query(Map<String, String> changes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", request.words());
        if (fixedCraft == null) {
            parameters.put("craft", request.craft());
        }
        parameters.put(
                "cooperative",
                request.cooperativeId() == null ? null : request.cooperativeId().toString());
        parameters.put("township", request.township());
        parameters.put(
                "min", request.minPrice() == null ? null : request.minPrice().toDecimalString());
        parameters.put(
                "max", request.maxPrice() == null ? null : request.maxPrice().toDecimalString());
        parameters.put("stock", request.inStockOnly() ? "1" : null);
        parameters.put(
                "sort",
                sortParam == null || SearchSort.parse(sortParam.strip()).isEmpty()
                        ? null
                        : request.sort().code());
        parameters.put("page", request.page() == 0 ? null : Integer.toString(request.page()));
        parameters.putAll(changes);
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getPreviousUrl() {
        return pageUrl(request.page() - 1);
    }

    public String getNextUrl() {
        return pageUrl(request.page() + 1);
    }

    private String pageUrl(int page) {
        String query = query(Map.of("page", page == 0 ? "" : Integer.toString(page)));
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + basePath
                + (query.isEmpty() ? "" : "?" + query);
    }

    public boolean isHasPrevious() {
        return request.page() > 0;
    }

    public boolean isHasNext() {
        return (long) (request.page() + 1) * PAGE_SIZE < getTotal();
    }

    public int getPageNumber() {
        return request.page() + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Whether any filter or words narrow the results (a craft page's own craft does not count). */
    public boolean isFiltered() {
        return request.words() != null
                || (fixedCraft == null && request.craft() != null)
                || request.cooperativeId() != null
                || request.township() != null
                || request.minPrice() != null
                || request.maxPrice() != null
                || request.inStockOnly();
    }

    /** The summary for search results: the craft and what its page holds, or what the search page is for. */
    public String getMetaDescription() {
        return fixedCraft == null
                ? ShopTexts.text("meta.search")
                : ShopTexts.text("meta.craft", getCraftHeading(), ShopTexts.text("craft.intro"));
    }

    /** The absolute address of what this page shows (the last page when asked for one past it), for its canonical link. */
    public String getCanonicalUrl() {
        String query = query(Map.of());
        return publicAddress.absolute(basePath + (query.isEmpty() ? "" : "?" + query));
    }

    /** The address of this page without filters. */
    public String getResetUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + basePath;
    }

    /** The crafts to choose from in the form. */
    public List<CatalogQueries.CraftName> getCrafts() {
        return catalog.listedCrafts();
    }

    public String craftName(CatalogQueries.CraftName craft) {
        return ShopTexts.in(craft.name());
    }

    public String getCraftHeading() {
        return fixedCraft == null ? null : ShopTexts.in(fixedCraft.name());
    }

    public boolean isCraftPage() {
        return fixedCraft != null;
    }

    public String getQ() {
        return request.words();
    }

    public String getCraft() {
        return request.craft();
    }

    public String getCooperative() {
        return request.cooperativeId() == null ? null : request.cooperativeId().toString();
    }

    public String getTownship() {
        return request.township();
    }

    public String getMin() {
        return minMessage != null
                ? min
                : request.minPrice() == null ? null : request.minPrice().toDecimalString();
    }

    public String getMax() {
        return maxMessage != null
                ? max
                : request.maxPrice() == null ? null : request.maxPrice().toDecimalString();
    }

    public String getCraftMessage() {
        return craftMessage;
    }

    public String getMinMessage() {
        return minMessage;
    }

    public String getMaxMessage() {
        return maxMessage;
    }

    public boolean isInStockOnly() {
        return request.inStockOnly();
    }

    public String getSort() {
        return sortParam == null || SearchSort.parse(sortParam.strip()).isEmpty()
                ? null
                : request.sort().code();
    }

    public String getAction() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + basePath;
    }

    private static int pageIndex(String page) {
        if (page == null
                || page.isBlank()
                || page.length() > 6
                || !page.strip().chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(page.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
