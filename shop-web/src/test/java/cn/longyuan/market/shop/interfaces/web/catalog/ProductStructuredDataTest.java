package cn.longyuan.market.shop.interfaces.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProductStructuredDataTest {

    private static final String HOSTILE = "香包 \"引号\" </script><script>alert(1)</script> & <!-- ";

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aProductIsAnOfferInYuanWithItsStock() {
        JsonObject product = read(ProductStructuredData.json(
                7,
                "端午香包",
                "手工缝制",
                "https://shop.example.cn/images/7.jpg",
                "https://shop.example.cn/products/7",
                "宁远堡镇合作社",
                "68.00",
                true));
        assertEquals("https://schema.org", product.getString("@context"));
        assertEquals("Product", product.getString("@type"));
        assertEquals("端午香包", product.getString("name"));
        assertEquals("7", product.getString("sku"));
        assertEquals("宁远堡镇合作社", product.getJsonObject("brand").getString("name"));
        JsonObject offer = product.getJsonObject("offers");
        assertEquals("68.00", offer.getString("price"));
        assertEquals("CNY", offer.getString("priceCurrency"));
        assertEquals(ProductStructuredData.IN_STOCK, offer.getString("availability"));
        assertEquals(
                ProductStructuredData.OUT_OF_STOCK,
                read(ProductStructuredData.json(7, "a", "b", "c", "d", "e", "1.00", false))
                        .getJsonObject("offers")
                        .getString("availability"));
    }

    @Test
    void markupInANameCannotLeaveTheScriptElementAndReadsBackTheSame() {
        String json = ProductStructuredData.json(8, HOSTILE, HOSTILE + "\u2028", "x", "y", HOSTILE, "1.00", false);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        JsonObject product = read(json);
        assertEquals(HOSTILE, product.getString("name"));
        assertEquals(HOSTILE + "\u2028", product.getString("description"));
        assertEquals(HOSTILE, product.getJsonObject("brand").getString("name"));
    }
}
