package cn.longyuan.market.shop.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class OrderAccessTokenTest {

    @Test
    void theTokenIsWhatFollowsTheBearerScheme() {
        assertEquals("abc-123", OrderAccessToken.required(authorization("Bearer abc-123")));
        assertEquals("abc-123", OrderAccessToken.required(authorization("bearer  abc-123 ")));
    }

    @Test
    void noTokenIsRefused() {
        for (String value : new String[] {null, "", "Bearer", "Bearer   ", "Basic YTpi", "Bearerabc"}) {
            assertThrows(
                    OrderAccessToken.Missing.class,
                    () -> OrderAccessToken.required(authorization(value)),
                    () -> "Authorization: " + value);
        }
    }

    private static HttpHeaders authorization(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.AUTHORIZATION.equals(args[0]) ? value : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
