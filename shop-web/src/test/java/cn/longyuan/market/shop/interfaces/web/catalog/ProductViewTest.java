package cn.longyuan.market.shop.interfaces.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a product's page says of the piece in its head: its summary for search results and its stock. */
class ProductViewTest {

    private static ProductView view(String description, int available, boolean madeToOrder) {
        ProductCard card = new ProductCard(
                7,
                "端午香包",
                "¥68.00",
                "宁远堡镇合作社",
                "sachet",
                "庆阳香包",
                "/images/7.jpg",
                available,
                "有货",
                available > 0 ? "in-stock" : "out-of-stock",
                3,
                "/products/7");
        return new ProductView(
                card, "68.00", description, List.of(), List.of(), List.of(), List.of(), madeToOrder, null);
    }

    @Test
    void theSummaryIsTheDescriptionAsPlainTextOnOneLine() {
        String summary = view("<p>手工缝制，\n内装  <strong>艾草</strong>。</p><ul><li>端午</li></ul>", 2, false)
                .metaDescription();
        assertFalse(summary.contains("<"), summary);
        assertFalse(summary.contains("\n"), summary);
        assertTrue(summary.startsWith("手工缝制， 内装 艾草。"), summary);
    }

    @Test
    void aLongDescriptionIsCutWithAnEllipsisWithinWhatSearchResultsShow() {
        String summary = view("香".repeat(300), 2, false).metaDescription();
        assertEquals(ProductView.META_DESCRIPTION, summary.length());
        assertTrue(summary.endsWith("…"));
        assertEquals(
                "香".repeat(ProductView.META_DESCRIPTION),
                view("香".repeat(160), 2, false).metaDescription());
    }

    @Test
    void withoutADescriptionTheSummaryNamesThePieceItsCraftAndItsCooperative() {
        assertEquals("端午香包 · 庆阳香包 · 宁远堡镇合作社", view("", 2, false).metaDescription());
        assertEquals("端午香包 · 庆阳香包 · 宁远堡镇合作社", view("<p> </p>", 2, false).metaDescription());
    }

    @Test
    void aPieceMadeToOrderSaysSoInsteadOfOutOfStock() {
        assertEquals("made-to-order", view("", 0, true).stockClass());
        assertEquals("out-of-stock", view("", 0, false).stockClass());
        assertEquals("in-stock", view("", 2, false).stockClass());
    }
}
