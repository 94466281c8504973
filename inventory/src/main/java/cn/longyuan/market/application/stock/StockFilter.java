package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of the products a back-office user sees the stock list shows: a text found in the product's Chinese or English
 * name; a craft (its code); a cooperative; a place where pieces of it are on hand; only those low on stock (available
 * below their threshold) or sold out (nothing available at any place); one product. Null means any. The filters narrow
 * the products the user sees, never widen them.
 */
public record StockFilter(String text, String craft, Long cooperativeId, Long locationId, Level level, Long productId)
        implements Serializable {

    /** "Low stock only" or "sold out". */
    public enum Level {
        /** Fewer pieces available at all places together than the product's low-stock threshold (one is set). */
        LOW,
        /** No piece available at any place (none on hand, or every one held for an order). */
        SOLD_OUT
    }

    public static final StockFilter ANY = new StockFilter(null, null, null, null, null, null);

    /** A craft code as the craft table allows it (V1's check), so a code that cannot exist is named wrong at once. */
    private static final Pattern CRAFT_CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public static StockFilter product(long productId) {
        return new StockFilter(null, null, null, null, null, productId);
    }

    /** The filter as chosen on a page; a wrong value is a VALIDATION refusal naming its field. */
    public static StockFilter of(String text, String craft, Long cooperativeId, Long locationId, Level level) {
        List<FieldViolation> violations = new ArrayList<>();
        StockFilter filter = checked(text, craft, cooperativeId, locationId, level, null, violations);
        ListFilters.refuseIfAny(violations, "The stock filter is wrong.");
        return filter;
    }

    /**
     * The filter as a query string gives it (ids as decimal numbers, the level by name), adding what is wrong to
     * {@code violations}, for a call that names every wrong parameter at once. The product is not read here: a product
     * the caller may not see is "not found", never a wrong parameter.
     */
    public static StockFilter read(
            String text,
            String craft,
            String cooperativeId,
            String locationId,
            String level,
            List<FieldViolation> violations) {
        return checked(
                text,
                craft,
                ListFilters.id("cooperative", cooperativeId, violations),
                ListFilters.id("place", locationId, violations),
                ListFilters.constant(Level.class, "level", level, violations),
                null,
                violations);
    }

    /** The same filter narrowed to one product. */
    public StockFilter withProduct(Long product) {
        return new StockFilter(text, craft, cooperativeId, locationId, level, product);
    }

    private static StockFilter checked(
            String text,
            String craft,
            Long cooperativeId,
            Long locationId,
            Level level,
            Long productId,
            List<FieldViolation> violations) {
        String t = ListFilters.text(text, violations);
        String c = craft == null || craft.isBlank() ? null : craft.strip();
        if (c != null && !CRAFT_CODE.matcher(c).matches()) {
            violations.add(new FieldViolation("craft", "not a craft"));
        }
        return new StockFilter(
                t,
                c,
                ListFilters.positive("cooperative", cooperativeId, violations),
                ListFilters.positive("place", locationId, violations),
                level,
                productId);
    }
}
