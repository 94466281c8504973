package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The addresses of one search: itself (for its canonical link and its cache key), the same search with a filter
 * changed (a facet's link, from the first page), another of its pages. Parameters that are not used are left out,
 * so that one search has one address; a craft page's own craft is in its path, not its query.
 */
final class SearchAddress {

    private final String contextPath;
    private final String basePath;
    private final SearchRequest request;
    private final boolean craftInPath;
    private final boolean sortChosen;

    /**
     * @param basePath {@code /search}, or a craft's page {@code /crafts/sachet} (then the craft is not in the query)
     * @param sortChosen whether the address named the way to sort (the default one is left out)
     */
    SearchAddress(String contextPath, String basePath, SearchRequest request, boolean craftInPath, boolean sortChosen) {
        this.contextPath = contextPath;
        this.basePath = basePath;
        this.request = request;
        this.craftInPath = craftInPath;
        this.sortChosen = sortChosen;
    }

    /** This search's path and query, without the context path. */
    String self() {
        return withQuery(basePath, query(Map.of()));
    }

    /** The page without any filter: the form's action and its reset link. */
    String unfiltered() {
        return contextPath + basePath;
    }

    /** This search with some parameters changed ({@code ""} drops one), from the first page. */
    String changed(Map<String, String> changes) {
        Map<String, String> all = new LinkedHashMap<>(changes);
        all.put("page", "");
        return withQuery(contextPath + basePath, query(all));
    }

    /** Another page (from 0) of this search. */
    String page(int page) {
        return withQuery(contextPath + basePath, query(Map.of("page", page == 0 ? "" : Integer.toString(page))));
    }

    private String query(Map<String, String> changes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", request.words());
        if (!craftInPath) {
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
        parameters.put("sort", sortChosen ? request.sort().code() : null);
        parameters.put("page", request.page() == 0 ? null : Integer.toString(request.page()));
        parameters.putAll(changes);
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String withQuery(String path, String query) {
        return path + (query.isEmpty() ? "" : "?" + query);
    }
}
