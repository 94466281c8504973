package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the business rules refused: the error code of api.md for the reason, with the fields at fault. */
@Provider
public class RequestRefusedMapper implements ExceptionMapper<RequestRefusedException> {

    @Override
    public Response toResponse(RequestRefusedException refused) {
        ErrorCode code = ErrorCode.valueOf(refused.reason().name());
        return code.response(new ApiError(
                code.name(),
                refused.getMessage(),
                refused.violations().stream()
                        .map(v -> new ApiError.Violation(v.field(), v.message()))
                        .toList()));
    }
}
