package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.application.stock.StockQueries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stocktake sheet of the stock tasks page: every product at every place of the cooperative with what the books
 * say is there, and the pieces she counted. Only the rows she filled in are booked; an empty row is not a count
 * of zero.
 */
public class StocktakeSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Counted pieces per {@link SheetRow#key()}. */
    private final Map<String, Integer> counted = new HashMap<>();

    /** A row of the sheet: a product at a place and what the books say is there. */
    public record SheetRow(long productId, String product, long locationId, String place, int onHand, int reserved) {
        public String key() {
            return productId + "-" + locationId;
        }
    }

    /** The rows, products in their order, each at every place (a place without any of it shows 0). */
    static List<SheetRow> rows(
            List<StockQueries.ProductStock> products, List<StockOperations.PlaceRef> places, Locale locale) {
        List<SheetRow> rows = new ArrayList<>();
        for (StockQueries.ProductStock p : products) {
            for (StockOperations.PlaceRef place : places) {
                StockQueries.PlaceStock at = p.places().stream()
                        .filter(s -> s.locationId() == place.id())
                        .findFirst()
                        .orElse(null);
                rows.add(new SheetRow(
                        p.productId(),
                        p.name().in(locale),
                        place.id(),
                        place.name().in(locale),
                        at == null ? 0 : at.onHand(),
                        at == null ? 0 : at.reserved()));
            }
        }
        return rows;
    }

    /** The counts to book: one per row of the sheet she filled in. */
    List<StockOperations.Count> counts(List<SheetRow> sheet) {
        List<StockOperations.Count> counts = new ArrayList<>();
        for (SheetRow row : sheet) {
            Integer n = counted.get(row.key());
            if (n != null) {
                counts.add(new StockOperations.Count(row.productId(), row.locationId(), n));
            }
        }
        return counts;
    }

    /** After a booking: an empty sheet for the next stocktake. */
    void clear() {
        counted.clear();
    }

    public Map<String, Integer> getCounted() {
        return counted;
    }
}
