package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.api.Ids;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The search form of {@code /search} and {@code /crafts/{craft}} as its address holds it
 * ({@code ?q=香包&craft=sachet&cooperative=1&township=…&min=20&max=80&stock=1&sort=newest&page=1}), read into a
 * {@link SearchRequest}. Nothing typed makes an error page: a price that is no amount and a craft the shop does not
 * know are left out of the search and said next to their fields; an unknown order or page is the default one.
 */
public final class SearchForm {

    private final SearchRequest request;
    private final String typedMin;
    private final String typedMax;
    private final boolean minInvalid;
    private final boolean maxInvalid;
    private final boolean craftUnknown;
    private final boolean sortChosen;

    private SearchForm(Function<String, String> parameter, String craft, boolean craftUnknown, int pageSize) {
        String words = SearchRequest.typedWords(parameter.apply("q"));
        String cooperative = parameter.apply("cooperative");
        typedMin = parameter.apply("min");
        typedMax = parameter.apply("max");
        Money min = price(typedMin);
        Money max = price(typedMax);
        minInvalid = min == null && !isBlank(typedMin);
        maxInvalid = max == null && !isBlank(typedMax);
        String sortParameter = parameter.apply("sort");
        SearchSort sort = sortParameter == null
                ? null
                : SearchSort.parse(sortParameter.strip()).orElse(null);
        sortChosen = sort != null;
        this.craftUnknown = craftUnknown;
        request = new SearchRequest(
                words,
                craft,
                cooperative == null ? null : Ids.parse(cooperative.strip()),
                parameter.apply("township"),
                min,
                max,
                "1".equals(parameter.apply("stock")),
                sortChosen ? sort : SearchSort.byDefault(words),
                pageIndex(parameter.apply("page")),
                pageSize);
    }

    /** The form of {@code /search}: a craft is searched for only when {@code knownCraft} knows its code. */
    static SearchForm read(Function<String, String> parameter, Predicate<String> knownCraft, int pageSize) {
        String craft = parameter.apply("craft");
        // a craft the shop does not know (an old bookmark, a typed address): searched without it, and said so
        boolean unknown = !isBlank(craft) && !knownCraft.test(craft.strip());
        return new SearchForm(parameter, unknown || isBlank(craft) ? null : craft.strip(), unknown, pageSize);
    }

    /** The form of a craft's page: its craft is fixed, whatever the address says. */
    static SearchForm forCraft(Function<String, String> parameter, String craft, int pageSize) {
        return new SearchForm(parameter, craft, false, pageSize);
    }

    /** What the address asks to search for (the page as asked, even one past the last). */
    SearchRequest request() {
        return request;
    }

    /** Whether the address named a way to sort (then its links keep it), not just the default one. */
    boolean sortChosen() {
        return sortChosen;
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

    /** The lowest price as searched for, or as typed when it is no amount (for her to correct). */
    public String getMin() {
        return minInvalid ? typedMin : decimal(request.minPrice());
    }

    public String getMax() {
        return maxInvalid ? typedMax : decimal(request.maxPrice());
    }

    public boolean isInStockOnly() {
        return request.inStockOnly();
    }

    /** The way to sort the address named, null when it named none (or one that is none). */
    public String getSort() {
        return sortChosen ? request.sort().code() : null;
    }

    public String getCraftMessage() {
        return craftUnknown ? ShopTexts.text("search.craftUnknown") : null;
    }

    public String getMinMessage() {
        return minInvalid ? ShopTexts.text("search.priceInvalid") : null;
    }

    public String getMaxMessage() {
        return maxInvalid ? ShopTexts.text("search.priceInvalid") : null;
    }

    /** A price typed into the filter; null when none was typed or it is not an amount. */
    private static Money price(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Money.parse(text.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static String decimal(Money amount) {
        return amount == null ? null : amount.toDecimalString();
    }

    private static int pageIndex(String page) {
        if (isBlank(page) || page.length() > 6 || !page.strip().chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(page.strip());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
