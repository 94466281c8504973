package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.web.api.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a call on an order without its access token: 401 UNAUTHORIZED, saying how to send it. */
@Provider
public class MissingOrderTokenMapper implements ExceptionMapper<OrderAccessToken.Missing> {

    @Override
    public Response toResponse(OrderAccessToken.Missing missing) {
        return Response.fromResponse(ErrorCode.UNAUTHORIZED.response(
                        "Send the order's access token as 'Authorization: Bearer <accessToken>'."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
