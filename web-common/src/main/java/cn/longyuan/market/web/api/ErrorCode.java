package cn.longyuan.market.web.api;

import jakarta.ws.rs.core.Response;

/** The error codes of the public contract (api.md), each with its HTTP status. */
public enum ErrorCode {
    VALIDATION(400),
    MALFORMED_JSON(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    OUT_OF_STOCK(409),
    INVALID_STATE(409),
    LENGTH_REQUIRED(411),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    NOT_TRAINED(422),
    AMOUNT_MISMATCH(422),
    TOO_MANY_REQUESTS(429),
    UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public Response response(String message) {
        return response(ApiError.of(this, message));
    }

    public Response response(ApiError body) {
        return Response.status(status)
                .type("application/json;charset=UTF-8")
                .entity(body)
                .build();
    }
}
