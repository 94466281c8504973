package cn.longyuan.market.application.search;

import java.time.Instant;

/** A listed product as the search index holds it: its words in both languages, its facets, price and age. */
public record SearchableProduct(
        long id,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        String craft,
        String craftNameZh,
        String craftNameEn,
        long cooperativeId,
        String cooperativeNameZh,
        String cooperativeNameEn,
        String township,
        long priceFen,
        boolean inStock,
        Instant createdAt) {}
