package cn.longyuan.market.shop.interfaces.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.domain.model.shared.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One search, one address: what is not used is left out, a changed filter starts again from the first page. */
class SearchAddressTest {

    private static final SearchRequest SACHETS =
            new SearchRequest("香包", "sachet", 3L, null, Money.parse("20"), null, true, SearchSort.PRICE_ASC, 2, 12);

    @Test
    void theSearchItselfNamesWhatItUsesWithoutTheContextPath() {
        SearchAddress address = new SearchAddress("/shop", "/search", SACHETS, false, true);
        assertEquals(
                "/search?q=%E9%A6%99%E5%8C%85&craft=sachet&cooperative=3&min=20.00&stock=1&sort=price-asc&page=2",
                address.self());
        assertEquals("/search", new SearchAddress("/shop", "/search", SearchRequest.all(0, 12), false, false).self());
    }

    @Test
    void theDefaultOrderIsNotNamedAndACraftPagesCraftIsInItsPath() {
        SearchAddress address = new SearchAddress("", "/crafts/sachet", SACHETS, true, false);
        assertEquals("/crafts/sachet?q=%E9%A6%99%E5%8C%85&cooperative=3&min=20.00&stock=1&page=2", address.self());
    }

    @Test
    void aChangedFilterStartsFromTheFirstPageAndAnEmptyValueDropsIt() {
        SearchAddress address = new SearchAddress("/shop", "/search", SACHETS, false, true);
        assertEquals(
                "/shop/search?q=%E9%A6%99%E5%8C%85&craft=sachet&cooperative=3&min=20.00&sort=price-asc",
                address.changed(Map.of("stock", "")));
        assertEquals(
                "/shop/search?q=%E9%A6%99%E5%8C%85&craft=sachet&cooperative=3&township=%E5%AE%81%E8%BF%9C%E5%A0%A1"
                        + "&min=20.00&stock=1&sort=price-asc",
                address.changed(Map.of("township", "宁远堡")));
    }

    @Test
    void otherPagesKeepEveryFilterAndTheFirstHasNoNumber() {
        SearchAddress address = new SearchAddress("/shop", "/search", SearchRequest.all(1, 12), false, false);
        assertEquals("/shop/search", address.page(0));
        assertEquals("/shop/search?page=2", address.page(2));
        assertEquals("/shop/search", address.unfiltered());
    }
}
