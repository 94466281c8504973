package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.time.LocalDate;

/** A batch of the piece as the product page lists it: its trace code, its maker's name in the page's language. */
public record BatchRow(String traceCode, String makerName, LocalDate madeOn, int quantity) {

    static BatchRow of(CatalogProfiles.BatchView batch) {
        return new BatchRow(batch.traceCode(), ShopTexts.in(batch.maker()), batch.madeOn(), batch.quantity());
    }
}
