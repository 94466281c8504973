package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.listing.DescriptionHtml;
import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.shop.interfaces.web.CachedImages;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.StockState;
import java.util.List;
import java.util.Set;

/**
 * What a product's page shows of the piece, in the page's language: the piece, its description, the women who made
 * it (with a link to the profile of each who has a public one), its pictures, their other work, its latest batches and
 * where the money of one piece goes.
 *
 * @param price the price as schema.org writes it ({@code 68.00})
 * @param madeToOrder none in stock, but trained women have made it before: she may ask for pieces made for her
 */
record ProductView(
        ProductCard product,
        String price,
        String description,
        List<MakerCard> makers,
        List<String> gallery,
        List<ProductCard> otherWork,
        List<BatchRow> batches,
        boolean madeToOrder,
        PieceShares shares) {

    static final int OTHER_WORK = 8;
    static final int BATCHES = 6;

    /** A search result shows about this much of a description. */
    static final int META_DESCRIPTION = 160;

    static ProductView read(CatalogQueries.ProductDetail detail, CatalogProfiles profiles) {
        ProductCard product = ProductCard.of(detail.summary());
        List<Long> makerIds =
                detail.makers().stream().map(TrainingProfiles.MakerProfile::id).toList();
        Set<Long> withProfile = profiles.withPublicProfile(makerIds);
        return new ProductView(
                product,
                detail.summary().price().toDecimalString(),
                ShopTexts.in(detail.description()),
                detail.makers().stream()
                        .map(m -> MakerCard.of(m, withProfile.contains(m.id())))
                        .toList(),
                profiles.gallery(product.id()).stream()
                        .map(CachedImages::versioned)
                        .toList(),
                profiles.otherWorkBy(makerIds, product.id(), OTHER_WORK).stream()
                        .map(ProductCard::of)
                        .toList(),
                profiles.batches(product.id(), BATCHES).stream()
                        .map(BatchRow::of)
                        .toList(),
                detail.madeToOrder(),
                PieceShares.of(detail.pieceSplit(), detail.rule()));
    }

    /**
     * "Only 2 left" from {@value StockState#FEW} pieces down; with none, "made to order" when trained women have
     * made it before (the cooperative can make more), else "out of stock".
     */
    String stockLabel() {
        return madeToOrder ? ShopTexts.text("stock.madeToOrder") : product.stockLabel();
    }

    String stockClass() {
        return madeToOrder ? "made-to-order" : product.stockClass();
    }

    /**
     * The description as the cooperative formatted it (paragraphs, emphasis, lists, links), sanitised again
     * here with the same policy it was saved with, so that the page never shows markup that policy would drop.
     */
    String descriptionHtml() {
        return DescriptionHtml.sanitise(description);
    }

    /**
     * The page's summary for search results and link previews: the start of the description as plain text, or
     * name, craft and cooperative when it has none.
     */
    String metaDescription() {
        String text = DescriptionHtml.toPlainText(descriptionHtml())
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return product.name() + " · " + product.craftName() + " · " + product.cooperative();
        }
        return text.length() <= META_DESCRIPTION
                ? text
                : text.substring(0, META_DESCRIPTION - 1).strip() + "…";
    }
}
