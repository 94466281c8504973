package cn.longyuan.market.web.api;

import cn.longyuan.market.application.resilience.DatabaseFailures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line. A database that cannot be reached is a 503 {@code UNAVAILABLE} (the transaction rolled
 * back, nothing changed). Anything else nobody mapped is a defect: it is logged with an incident id and
 * answered as a JSON 500 carrying that id, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (isDatabaseUnreachable(exception)) {
            LOG.log(Level.WARNING, "Database unreachable: {0}", exception.toString());
            return ErrorCode.UNAVAILABLE.response("The service cannot reach its database; nothing was changed. Please try again.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Response.serverError().type("application/json;charset=UTF-8")
                .entity(new ApiError("INTERNAL", "The request failed unexpectedly (incident " + incident + ").", null))
                .build();
    }

    static boolean isDatabaseUnreachable(Throwable exception) {
        return DatabaseFailures.isConnectionLost(exception);
    }
}
