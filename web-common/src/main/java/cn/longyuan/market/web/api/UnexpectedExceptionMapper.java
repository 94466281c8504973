package cn.longyuan.market.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The last line of both REST APIs: whatever no other mapper took is answered as {@link UnexpectedFailures} says. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return UnexpectedFailures.answer(exception).response();
    }
}
