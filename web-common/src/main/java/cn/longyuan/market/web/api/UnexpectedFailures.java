package cn.longyuan.market.web.api;

import cn.longyuan.market.application.resilience.DatabaseFailures;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an API answers for a failure nobody mapped, wherever it surfaced (a resource, or a filter in front of the
 * APIs): a database that cannot be reached is a 503 {@code UNAVAILABLE} (the transaction rolled back, nothing
 * changed), logged as one line; anything else is a defect, logged with its stack trace and an incident id, and
 * answered as a 500 {@code INTERNAL} carrying that id, never the trace.
 */
public final class UnexpectedFailures {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    private UnexpectedFailures() {}

    public static Answer answer(Throwable failure) {
        if (DatabaseFailures.isConnectionLost(failure)) {
            LOG.log(Level.WARNING, "Database unreachable: {0}", failure.toString());
            return new Answer(
                    ErrorCode.UNAVAILABLE.status(),
                    ApiError.of(
                            ErrorCode.UNAVAILABLE,
                            "The service cannot reach its database; nothing was changed. Please try again."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return new Answer(
                500, new ApiError("INTERNAL", "The request failed unexpectedly (incident " + incident + ").", null));
    }

    /** The status and the API's error body. */
    public record Answer(int status, ApiError body) {

        /** The answer of an exception mapper. */
        public jakarta.ws.rs.core.Response response() {
            return jakarta.ws.rs.core.Response.status(status)
                    .type("application/json;charset=UTF-8")
                    .entity(body)
                    .build();
        }

        /** The body as JSON, for those that write it themselves (a filter has no JSON binding). */
        public String json() {
            return jakarta.json.Json.createObjectBuilder()
                    .add("error", body.error())
                    .add("message", body.message())
                    .add("violations", jakarta.json.Json.createArrayBuilder())
                    .build()
                    .toString();
        }
    }
}
