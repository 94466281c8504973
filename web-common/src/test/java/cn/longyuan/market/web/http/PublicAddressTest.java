package cn.longyuan.market.web.http;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicAddressTest {

    @Test
    void onlyAnHttpsAddressIsHttps() {
        assertTrue(new PublicAddress(Optional.of("https://shop.example.cn")).isHttps());
        assertTrue(new PublicAddress(Optional.of(" HTTPS://shop.example.cn/ ")).isHttps());
        assertFalse(new PublicAddress(Optional.of("http://localhost:8080")).isHttps());
        assertFalse(new PublicAddress(Optional.empty()).isHttps(), "the default is http://localhost:8080");
    }
}
