package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The query parameters of {@code GET /api/v1/products} read into a {@link SearchRequest}; every malformed one (paging
 * included) is named in one 400 VALIDATION answer. A craft must be one the shop knows: a mistyped code would
 * otherwise answer an empty list that looks like "nothing of that craft".
 */
final class SearchParameters {

    static final int MAX_TEXT = 100;

    private SearchParameters() {}

    static SearchRequest parse(
            String q,
            String craft,
            String cooperative,
            String township,
            String minPrice,
            String maxPrice,
            String inStock,
            String sort,
            String page,
            String size,
            Predicate<String> knownCraft) {
        List<FieldViolation> violations = new ArrayList<>();
        Paging paging = Paging.read(page, size, violations);
        if (q != null && q.length() > MAX_TEXT) {
            violations.add(new FieldViolation("q", "at most " + MAX_TEXT + " characters"));
        }
        if (craft != null && craft.length() > MAX_TEXT) {
            violations.add(new FieldViolation("craft", "at most " + MAX_TEXT + " characters"));
        } else if (craft != null && !craft.isBlank() && !knownCraft.test(craft.strip())) {
            violations.add(
                    new FieldViolation("craft", "no such craft (a code such as sachet, paper-cutting, embroidery)"));
        }
        if (township != null && township.length() > MAX_TEXT) {
            violations.add(new FieldViolation("township", "at most " + MAX_TEXT + " characters"));
        }
        Long cooperativeId = null;
        if (cooperative != null && !cooperative.isBlank()) {
            cooperativeId = Ids.parse(cooperative.strip());
            if (cooperativeId == null) {
                violations.add(new FieldViolation("cooperative", "not a valid id"));
            }
        }
        Money min = price("minPrice", minPrice, violations);
        Money max = price("maxPrice", maxPrice, violations);
        if (min != null && max != null && min.compareTo(max) > 0) {
            violations.add(new FieldViolation("maxPrice", "must not be below minPrice"));
        }
        boolean inStockOnly = false;
        if (inStock != null && !inStock.isBlank()) {
            switch (inStock.strip()) {
                case "true" -> inStockOnly = true;
                case "false" -> inStockOnly = false;
                default -> violations.add(new FieldViolation("inStock", "true or false"));
            }
        }
        SearchSort order = SearchSort.byDefault(q);
        if (sort != null && !sort.isBlank()) {
            order = SearchSort.parse(sort.strip()).orElse(null);
            if (order == null) {
                violations.add(new FieldViolation("sort", "one of relevance, newest, price-asc, price-desc"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION, "Invalid search parameters.", violations);
        }
        return new SearchRequest(
                q, craft, cooperativeId, township, min, max, inStockOnly, order, paging.page(), paging.size());
    }

    private static Money price(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Money amount = Money.parse(text.strip());
            if (amount.fen() < 0) {
                violations.add(new FieldViolation(field, "an amount in yuan, not negative"));
                return null;
            }
            return amount;
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new FieldViolation(field, "an amount in yuan with at most two decimals, e.g. 68.00"));
            return null;
        }
    }
}
