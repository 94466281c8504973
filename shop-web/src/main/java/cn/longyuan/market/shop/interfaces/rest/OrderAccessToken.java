package cn.longyuan.market.shop.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * The order's access token a guest sends as {@code Authorization: Bearer <accessToken>} to read or act on her
 * order. A call without one is answered 401 with {@code WWW-Authenticate: Bearer} by {@link MissingOrderTokenMapper}, in the
 * API's JSON, before anything is looked up.
 */
final class OrderAccessToken {

    private static final String SCHEME = "Bearer ";

    private OrderAccessToken() {}

    /** The token the request carries; refused (401) when it carries none. */
    static String required(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new Missing();
        }
        String token = authorization.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw new Missing();
        }
        return token;
    }

    /** No order token in the request: answered by {@link MissingOrderTokenMapper}. */
    static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing() {
            super("no order access token", null, false, false);
        }
    }
}
