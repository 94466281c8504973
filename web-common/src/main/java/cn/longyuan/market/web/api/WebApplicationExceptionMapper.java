package cn.longyuan.market.web.api;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the JAX-RS runtime's own refusals (no such path, wrong method, wrong content type...) into the
 * JSON error body, so that no API answer is ever an HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response mapped = switch (exception) {
            case NotFoundException e -> ErrorCode.NOT_FOUND.response("No such resource.");
            case NotAllowedException e ->
                withAllow(
                        ErrorCode.METHOD_NOT_ALLOWED.response("This method is not allowed here; allowed: "
                                + String.join(", ", original.getAllowedMethods()) + "."),
                        original);
            case NotSupportedException e ->
                ErrorCode.UNSUPPORTED_MEDIA_TYPE.response("The request body must be application/json.");
            case NotAcceptableException e ->
                ErrorCode.NOT_ACCEPTABLE.response(
                        "This resource cannot answer in a media type the request accepts (Accept).");
            case NotAuthorizedException e -> ErrorCode.UNAUTHORIZED.response("Authentication is required.");
            case ForbiddenException e -> ErrorCode.FORBIDDEN.response("You may not do this.");
            default ->
                original.getStatus() >= 500
                        ? ErrorCode.UNAVAILABLE.response("The service cannot answer right now; nothing was changed.")
                        : Response.status(original.getStatus())
                                .type("application/json;charset=UTF-8")
                                .entity(new ApiError(
                                        original.getStatusInfo()
                                                .getReasonPhrase()
                                                .toUpperCase()
                                                .replace(' ', '_'),
                                        original.getStatusInfo().getReasonPhrase(),
                                        null))
                                .build();
        };
        return mapped;
    }

    private static Response withAllow(Response response, Response original) {
        return Response.fromResponse(response)
                .allow(original.getAllowedMethods())
                .build();
    }
}
