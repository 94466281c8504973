package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.shop.interfaces.web.CachedImages;
import cn.longyuan.market.shop.interfaces.web.ProductAddressFilter;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.StockState;
import java.io.Serializable;

/**
 * A product as a card in the grid (and the head of its own page), in the page's language. {@code url} is its
 * readable address ({@code /products/7}) and {@code imageUrl} the versioned address of its picture, both without
 * the context path.
 */
public record ProductCard(
        long id,
        String name,
        String price,
        String cooperative,
        String craft,
        String craftName,
        String imageUrl,
        int available,
        String stockLabel,
        String stockClass,
        long cooperativeId,
        String url)
        implements Serializable {

    public static ProductCard of(CatalogQueries.ProductSummary p) {
        StockState stock = StockState.of(p.available());
        return new ProductCard(
                p.id(),
                ShopTexts.in(p.name()),
                ShopTexts.price(p.price()),
                ShopTexts.in(p.cooperativeName()),
                p.craft(),
                ShopTexts.in(p.craftName()),
                CachedImages.versioned(p.imageUrl()),
                p.available(),
                stock.label(p.available()),
                stock.cssClass(),
                p.cooperativeId(),
                ProductAddressFilter.of(p.id()));
    }
}
