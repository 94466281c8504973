package cn.longyuan.market.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    /**
     * The database cannot be reached or went away under the request: a connection exception (SQLState class 08), or
     * PostgreSQL shutting down or starting up (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now) —
     * what a restart of the database throws at the statements that were running.
     */
    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
