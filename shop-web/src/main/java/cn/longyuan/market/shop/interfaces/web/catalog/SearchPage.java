package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.search.CatalogSearch;
import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.http.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.cdi.Param;

/**
 * The search page {@code /search?q=香包&craft=sachet&…} ({@link SearchForm} reads its address) and a craft's page
 * {@code /crafts/sachet} (the same search with the craft fixed): everything the buyer chose is in the address, so
 * that a search can be bookmarked and shared. Facets are links that add or remove one filter ({@link SearchLinks}).
 * <p>
 * The results are read lazily, when the page renders them: a rendered page served from the render cache
 * ({@code o:cache}, keyed by {@link #getCacheKey()}) costs no search at all.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 12;

    @Inject
    private CatalogSearch search;

    @Inject
    private CatalogProfiles profiles;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    @Param(pathIndex = 0)
    private String craftInPath;

    private String basePath = "/search";
    private CraftName fixedCraft;
    private SearchForm form;
    private SearchRequest request;
    private CatalogSearch.Found found;
    private SearchLinks links;

    /** The view action of {@code /search}. */
    public void load() {
        show(SearchForm.read(parameters(), code -> profiles.craft(code).isPresent(), PAGE_SIZE));
    }

    /** The view action of {@code /crafts/{craft}}: an unknown craft is the shop's 404 page. */
    public void loadCraft() throws IOException {
        Optional<CraftName> craft = profiles.craft(craftInPath == null ? null : craftInPath.strip());
        if (craft.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such craft");
            faces.responseComplete();
            return;
        }
        fixedCraft = craft.get();
        basePath = "/crafts/" + fixedCraft.code();
        show(SearchForm.forCraft(parameters(), fixedCraft.code(), PAGE_SIZE));
    }

    private static Function<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()::get;
    }

    /** A page past the last one shows the last page, which its canonical link and its paging then name too. */
    private void show(SearchForm read) {
        form = read;
        request = read.request();
        if (request.page() > 0) {
            SearchRequest within = request.withinPages(found().total());
            if (within != request) {
                request = within;
                found = null;
            }
        }
    }

    private CatalogSearch.Found found() {
        if (found == null) {
            found = search.find(request);
        }
        return found;
    }

    private SearchAddress address() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return new SearchAddress(
                external.getRequestContextPath(), basePath, request, fixedCraft != null, form.sortChosen());
    }

    /**
     * What the rendered results depend on: the language, the index generation (it moves within seconds of any change
     * of listings or stock, on any instance) and the address. Nothing of the buyer's own (cart, session) is inside.
     */
    public String getCacheKey() {
        return "search:" + ShopTexts.locale().getLanguage() + ":" + search.generation() + ":"
                + address().self();
    }

    /** The form as the address filled it in. */
    public SearchForm getForm() {
        return form;
    }

    public List<ProductCard> getProducts() {
        return found().items().stream().map(ProductCard::of).toList();
    }

    public long getTotal() {
        return found().total();
    }

    /** The facets, the other words to search for, the ways to sort and the other pages, each as a link. */
    public SearchLinks getLinks() {
        if (links == null) {
            links = new SearchLinks(address(), request, found(), fixedCraft != null);
        }
        return links;
    }

    /** Whether any filter or words narrow the results (a craft page's own craft does not count). */
    public boolean isFiltered() {
        return (fixedCraft == null ? request : request.withCraft(null)).narrowed();
    }

    /** The summary for search results: the craft and what its page holds, or what the search page is for. */
    public String getMetaDescription() {
        return fixedCraft == null
                ? ShopTexts.text("meta.search")
                : ShopTexts.text("meta.craft", getCraftHeading(), ShopTexts.text("craft.intro"));
    }

    /** The absolute address of what this page shows (the last page when asked for one past it), for its canonical link. */
    public String getCanonicalUrl() {
        return publicAddress.absolute(address().self());
    }

    /** The address of this page without filters. */
    public String getResetUrl() {
        return address().unfiltered();
    }

    /** Where the form goes: this page, its filters then in the query. */
    public String getAction() {
        return address().unfiltered();
    }

    /** The crafts to choose from in the form. */
    public List<CraftName> getCrafts() {
        return catalog.listedCrafts();
    }

    public String craftName(CraftName craft) {
        return ShopTexts.in(craft.name());
    }

    public String getCraftHeading() {
        return fixedCraft == null ? null : ShopTexts.in(fixedCraft.name());
    }

    public boolean isCraftPage() {
        return fixedCraft != null;
    }
}
