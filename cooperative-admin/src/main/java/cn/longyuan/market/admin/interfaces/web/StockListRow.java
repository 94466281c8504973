package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.stock.StockList;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One product of the stock list as its table shows it (kept with the view, so plain values in the page's language). */
public record StockListRow(
        long productId,
        String name,
        long cooperativeId,
        /** The craft's name in the page's language. */
        String craft,
        int threshold,
        boolean low,
        int onHand,
        int reserved,
        int available,
        List<Place> places)
        implements Serializable {

    /** Pieces at one place: on hand and held for orders. */
    public record Place(String name, int onHand, int reserved) implements Serializable {}

    static StockListRow of(StockList.StockRow row, Locale locale, Map<String, String> crafts) {
        var s = row.stock();
        return new StockListRow(
                s.productId(),
                s.name().in(locale),
                s.cooperativeId(),
                crafts.getOrDefault(row.craft(), row.craft()),
                row.threshold(),
                row.low(),
                s.onHand(),
                s.reserved(),
                s.available(),
                s.places().stream()
                        .map(p -> new Place(p.name().in(locale), p.onHand(), p.reserved()))
                        .toList());
    }

    /** The places as one text, for the exports: "place: on hand / reserved; …". */
    public String placesText() {
        return places.stream()
                .map(p -> p.name() + ": " + p.onHand() + " / " + p.reserved())
                .collect(Collectors.joining("; "));
    }
}
