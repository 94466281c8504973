package cn.longyuan.market.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void onlyAnHttpsAddressIsHttps() {
        assertTrue(new PublicAddress(Optional.of("https://shop.example.cn")).isHttps());
        assertTrue(new PublicAddress(Optional.of(" HTTPS://shop.example.cn/ ")).isHttps());
        assertFalse(new PublicAddress(Optional.of("http://localhost:8080")).isHttps());
        assertFalse(new PublicAddress(Optional.empty()).isHttps(), "the default is http://localhost:8080");
    }

    @Test
    void pathsBecomeAbsoluteUnderTheConfiguredAddress() {
        PublicAddress configured = new PublicAddress(Optional.of(" https://shop.example.cn/ "));
        assertEquals("https://shop.example.cn/products/7", configured.absolute("/products/7"));
        assertEquals("https://shop.example.cn/sitemap.xml", configured.absolute("sitemap.xml"));
        assertEquals("https://shop.example.cn/", configured.absolute(""));
        assertEquals("https://cdn.example.cn/a.jpg", configured.absolute("https://cdn.example.cn/a.jpg"));
        assertEquals(
                "http://localhost:8080/search?page=2", new PublicAddress(Optional.empty()).absolute("/search?page=2"));
        assertEquals(
                "http://localhost:8080/", new PublicAddress(Optional.of("  ")).absolute("/"), "blank is the default");
    }
}
