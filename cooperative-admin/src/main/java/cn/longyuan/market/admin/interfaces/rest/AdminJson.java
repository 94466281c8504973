package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.members.ArtisanDirectory;
import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.application.stock.StockQueries;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/** The shapes of the back-office API's answers (api.md). Private fields appear only where the caller may see them. */
public final class AdminJson {

    private AdminJson() {}

    public record Page<T>(List<T> items, long total) {}

    public record CooperativeRef(String id, String name) {}

    public record Training(String course, String craft, String level, String completedOn) {}

    public record Level(String craft, String level) {}

    public record Artisan(
            String id,
            String displayName,
            CooperativeRef cooperative,
            boolean active,
            List<Level> levels,
            List<Training> trainings,
            String realName,
            String phone,
            String idNumber,
            String household) {}

    public record PlaceStock(String locationId, String name, int onHand, int reserved, int available) {}

    public record ProductStock(
            String productId, String name, int onHand, int reserved, int available, List<PlaceStock> locations) {}

    public record Batch(
            String id,
            String traceCode,
            String productId,
            String artisanId,
            int quantity,
            String madeOn,
            String locationId) {}

    public record PartSummary(CooperativeRef cooperative, String status) {}

    public record OrderSummary(
            String number,
            String status,
            String placedAt,
            String total,
            String currency,
            String paymentMethod,
            List<PartSummary> parts) {}

    static Artisan artisan(ArtisanDirectory.Entry e, Locale locale) {
        var p = e.privateData();
        return new Artisan(
                Ids.of(e.id()),
                e.displayName(),
                new CooperativeRef(
                        Ids.of(e.cooperativeId()), e.cooperativeName().in(locale)),
                e.active(),
                e.levels().stream()
                        .map(l -> new Level(l.craft(), l.level().name()))
                        .toList(),
                e.trainings().stream().map(AdminJson::training).toList(),
                p.map(ArtisanDirectory.PrivateData::realName).orElse(null),
                p.map(ArtisanDirectory.PrivateData::phone).orElse(null),
                p.map(ArtisanDirectory.PrivateData::maskedIdNumber).orElse(null),
                p.map(d -> d.household().name()).orElse(null));
    }

    static Training training(TrainingProfiles.TrainingRecord t) {
        return new Training(t.course().zh(), t.craft(), t.level().name(), ApiTime.date(t.completedOn()));
    }

    static ProductStock stock(StockQueries.ProductStock s, Locale locale) {
        return new ProductStock(
                Ids.of(s.productId()),
                s.name().in(locale),
                s.onHand(),
                s.reserved(),
                s.available(),
                s.places().stream()
                        .map(p -> new PlaceStock(
                                Ids.of(p.locationId()), p.name().in(locale), p.onHand(), p.reserved(), p.available()))
                        .toList());
    }

    static OrderSummary order(CustomerOrder o, LongFunction<BilingualText> cooperativeNames, Locale locale) {
        return new OrderSummary(
                o.number(),
                o.status().name(),
                ApiTime.instant(o.placedAt()),
                o.total().toDecimalString(),
                Money.CURRENCY,
                o.paymentMethod().name(),
                o.parts().stream()
                        .map(p -> new PartSummary(
                                new CooperativeRef(
                                        Ids.of(p.cooperativeId()),
                                        cooperativeNames
                                                .apply(p.cooperativeId())
                                                .in(locale)),
                                p.status().name()))
                        .toList());
    }
}
