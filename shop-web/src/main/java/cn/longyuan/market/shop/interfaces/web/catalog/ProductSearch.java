package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.search.CatalogSearch;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's product grid: words to look for ({@code q}), a craft, and the page, all in the address
 * ({@code /?q=香包&craft=sachet&page=1}) so that a search can be bookmarked and shared. Searching posts the
 * form and comes back to that address. The page renders its catalogue section once per address, language and
 * catalogue generation ({@code o:cache}, keyed by {@link #getCacheKey()}); the queries run only when it renders.
 */
@Named
@RequestScoped
public class ProductSearch {

    static final int PAGE_SIZE = 12;
    static final int MAX_QUERY_LENGTH = 100;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogSearch search;

    private String q;
    private String craft;
    private String page;

    private List<SelectItem> craftOptions;
    private List<ProductCard> products;
    private long total;
    private int pageIndex;

    /** The view action: which page of products the address asks for (read when the page renders them). */
    public void load() {
        pageIndex = pageIndex(page);
        if (pageIndex > 0 && pageIndex >= getPageCount()) {
            // past the end (an old link, a typed number): the last page, not "page 100 of 3"
            pageIndex = getPageCount() - 1;
            products = null;
        }
    }

    /**
     * The key of the rendered catalogue section: the index's generation moves within seconds of any change of
     * listings or stock on any instance (as for the search page), so a cached rendering is never staler than that.
     */
    public String getCacheKey() {
        return "home:" + ShopTexts.locale().getLanguage() + ":" + search.generation() + ":" + words() + "|"
                + blankToNull(craft) + "|" + pageIndex;
    }

    private void readPage() {
        if (products == null) {
            CatalogQueries.ProductPage result =
                    catalog.products(words(), blankToNull(craft), null, pageIndex, PAGE_SIZE);
            products = result.items().stream().map(ProductCard::of).toList();
            total = result.total();
        }
    }

    /** Search from the first page, with the new words and craft in the address. */
    public String search() {
        page = null;
        q = words();
        return "/index?faces-redirect=true&includeViewParams=true";
    }

    private String words() {
        String words = blankToNull(q);
        return words == null || words.length() <= MAX_QUERY_LENGTH ? words : words.substring(0, MAX_QUERY_LENGTH);
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

    public boolean isFiltered() {
        return blankToNull(q) != null || blankToNull(craft) != null;
    }

    public int getPageCount() {
        readPage();
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return pageIndex > 0;
    }

    public boolean isHasNext() {
        return pageIndex + 1 < getPageCount();
    }

    public int getPreviousPage() {
        return pageIndex - 1;
    }

    public int getNextPage() {
        return pageIndex + 1;
    }

    /** 1-based, for people. */
    public int getPageNumber() {
        return pageIndex + 1;
    }

    public List<ProductCard> getProducts() {
        readPage();
        return products;
    }

    public long getTotal() {
        readPage();
        return total;
    }

    public List<SelectItem> getCraftOptions() {
        if (craftOptions == null) {
            craftOptions = new ArrayList<>();
            for (CraftName c : catalog.listedCrafts()) {
                craftOptions.add(new SelectItem(c.code(), ShopTexts.in(c.name())));
            }
        }
        return craftOptions;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCraft() {
        return craft;
    }

    public void setCraft(String craft) {
        this.craft = craft;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
