package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import java.util.List;
import java.util.Locale;

/**
 * The shapes of the public API's answers (api.md), built from the application's read models in the
 * request's language. Records with only public fields: an artisan's private data has nowhere to go.
 */
public final class PublicJson {

    private PublicJson() {}

    public record Page<T>(List<T> items, long total) {}

    /** A page of the product search; when it found nothing, other words that do find pieces ("did you mean"). */
    public record ProductPage(List<ProductItem> items, long total, List<String> suggestions) {}

    public record CooperativeRef(String id, String name) {}

    public record ProductItem(
            String id,
            String name,
            String price,
            String currency,
            int available,
            String craft,
            String craftName,
            CooperativeRef cooperative,
            String imageUrl) {}

    public record Training(String course, String craft, String craftName, String level, String completedOn) {}

    public record Level(String craft, String craftName, String level) {}

    public record Maker(
            String displayName, String story, String photoUrl, List<Level> levels, List<Training> trainings) {}

    public record ProductDetail(
            String id,
            String name,
            String description,
            String price,
            String currency,
            int available,
            String craft,
            String craftName,
            CooperativeRef cooperative,
            String imageUrl,
            List<Maker> makers,
            Split split) {}

    /**
     * Where the money of one piece goes: the price split by the income rule the ledger applies to a sale of it (a
     * broker's share as when a broker handles the order), in yuan and in percent of the price.
     */
    public record Split(
            String maker,
            String cooperative,
            String broker,
            String currency,
            String makerPercent,
            String cooperativePercent,
            String brokerPercent) {

        static Split of(
                cn.longyuan.market.domain.model.income.IncomeSplit split,
                cn.longyuan.market.domain.model.income.SplitRule rule) {
            return new Split(
                    split.artisan().toDecimalString(),
                    split.cooperative().toDecimalString(),
                    split.broker().toDecimalString(),
                    Money.CURRENCY,
                    rule.artisanPercent().toPlainString(),
                    rule.cooperativePercent().toPlainString(),
                    rule.brokerPercent().toPlainString());
        }
    }

    public record Trace(
            String code,
            ProductItem product,
            Maker maker,
            CooperativeRef cooperative,
            String madeOn,
            int quantity,
            List<Training> trainings) {}

    public record OrderLine(String productId, String name, int quantity, String unitPrice, String lineTotal) {}

    public record Shipment(String carrier, String trackingNumber, String shippedAt) {}

    public record OrderPart(
            CooperativeRef cooperative, String status, String subtotal, String deliveryFee, List<Shipment> shipments) {}

    public record HistoryEntry(String status, String from, String cooperativeId, String by, String note, String at) {}

    /** A gift order's wish: {@code {}} when the buyer wrote no message. */
    public record Gift(String message) {
        static Gift of(OrderView o) {
            return o.gift() == null ? null : new Gift(o.gift().message());
        }
    }

    public record Order(
            String number,
            String status,
            String paymentMethod,
            String placedAt,
            String expiresAt,
            String subtotal,
            String deliveryFee,
            String total,
            String currency,
            List<OrderLine> lines,
            String accessToken,
            List<OrderPart> parts,
            List<HistoryEntry> history,
            String clientSecret,
            Gift gift) {

        /** The same answer with the PaymentIntent's client secret (a STRIPE order); null fields are left out. */
        Order withClientSecret(String secret) {
            return new Order(
                    number,
                    status,
                    paymentMethod,
                    placedAt,
                    expiresAt,
                    subtotal,
                    deliveryFee,
                    total,
                    currency,
                    lines,
                    accessToken,
                    parts,
                    history,
                    secret,
                    gift);
        }
    }

    /** What the buyer's browser needs to pay an order online (POST /api/v1/orders/{number}/payment-intent). */
    public record PaymentIntentAnswer(
            String number,
            String paymentIntent,
            String clientSecret,
            String publishableKey,
            String amount,
            String currency,
            String status) {}

    static ProductItem item(CatalogQueries.ProductSummary p, Locale locale) {
        return new ProductItem(
                Ids.of(p.id()),
                p.name().in(locale),
                p.price().toDecimalString(),
                Money.CURRENCY,
                p.available(),
                p.craft(),
                p.craftName().in(locale),
                cooperative(p, locale),
                p.imageUrl());
    }

    static ProductDetail detail(CatalogQueries.ProductDetail d, Locale locale) {
        CatalogQueries.ProductSummary p = d.summary();
        // descriptions are kept as sanitised HTML; the API has always answered plain text
        return new ProductDetail(
                Ids.of(p.id()),
                p.name().in(locale),
                cn.longyuan.market.application.listing.DescriptionHtml.toPlainText(
                        d.description().in(locale)),
                p.price().toDecimalString(),
                Money.CURRENCY,
                p.available(),
                p.craft(),
                p.craftName().in(locale),
                cooperative(p, locale),
                p.imageUrl(),
                d.makers().stream().map(m -> maker(m, locale)).toList(),
                Split.of(d.pieceSplit(), d.rule()));
    }

    static Trace trace(CatalogQueries.TraceView t, Locale locale) {
        return new Trace(
                t.code(),
                item(t.product(), locale),
                maker(t.maker(), locale),
                cooperative(t.product(), locale),
                ApiTime.date(t.madeOn()),
                t.quantity(),
                t.trainingsInCraft().stream().map(r -> training(r, locale)).toList());
    }

    static Maker maker(TrainingProfiles.MakerProfile m, Locale locale) {
        return new Maker(
                m.name().in(locale),
                m.story().map(s -> s.in(locale)).orElse(null),
                m.photoUrl().orElse(null),
                m.levels().stream()
                        .map(l -> new Level(
                                l.craft(), l.craftName().in(locale), l.level().name()))
                        .toList(),
                m.trainings().stream().map(t -> training(t, locale)).toList());
    }

    static Training training(TrainingProfiles.TrainingRecord t, Locale locale) {
        return new Training(
                t.course().in(locale),
                t.craft(),
                t.craftName().in(locale),
                t.level().name(),
                ApiTime.date(t.completedOn()));
    }

    /** The answer to placing an order: what was placed and the token to follow it. */
    static Order placed(OrderView o, String accessToken, Locale locale) {
        return new Order(
                o.number(),
                o.status().name(),
                o.paymentMethod().name(),
                ApiTime.instant(o.placedAt()),
                ApiTime.instant(o.expiresAt()),
                o.subtotal().toDecimalString(),
                o.deliveryFee().toDecimalString(),
                o.total().toDecimalString(),
                Money.CURRENCY,
                lines(o, locale),
                accessToken,
                null,
                null,
                null,
                Gift.of(o));
    }

    /** The order as its holder reads it later: with its parts, shipments and history. */
    static Order read(OrderView o, Locale locale) {
        return new Order(
                o.number(),
                o.status().name(),
                o.paymentMethod().name(),
                ApiTime.instant(o.placedAt()),
                ApiTime.instant(o.expiresAt()),
                o.subtotal().toDecimalString(),
                o.deliveryFee().toDecimalString(),
                o.total().toDecimalString(),
                Money.CURRENCY,
                lines(o, locale),
                null,
                o.parts().stream()
                        .map(p -> new OrderPart(
                                new CooperativeRef(
                                        Ids.of(p.cooperativeId()),
                                        p.cooperativeName().in(locale)),
                                p.status(),
                                p.subtotal().toDecimalString(),
                                p.deliveryFee().toDecimalString(),
                                p.shipments().stream()
                                        .map(s -> new Shipment(
                                                s.carrier(), s.trackingNumber(), ApiTime.instant(s.shippedAt())))
                                        .toList()))
                        .toList(),
                o.history().stream()
                        .map(h -> new HistoryEntry(
                                h.to(),
                                h.from(),
                                h.cooperativeId() == null ? null : Ids.of(h.cooperativeId()),
                                publicActor(h.actor()),
                                h.note(),
                                ApiTime.instant(h.at())))
                        .toList(),
                null,
                Gift.of(o));
    }

    private static List<OrderLine> lines(OrderView o, Locale locale) {
        return o.lines().stream()
                .map(l -> new OrderLine(
                        Ids.of(l.productId()),
                        l.name().in(locale),
                        l.quantity(),
                        l.unitPrice().toDecimalString(),
                        l.lineTotal().toDecimalString()))
                .toList();
    }

    /** Buyers see who acted by role, not staff's account names. */
    private static String publicActor(String actor) {
        if (actor == null) {
            return null;
        }
        if (actor.equals("buyer") || actor.startsWith("system:")) {
            return actor;
        }
        return "staff";
    }

    private static CooperativeRef cooperative(CatalogQueries.ProductSummary p, Locale locale) {
        return new CooperativeRef(Ids.of(p.cooperativeId()), p.cooperativeName().in(locale));
    }
}
