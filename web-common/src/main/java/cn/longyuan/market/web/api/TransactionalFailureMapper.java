package cn.longyuan.market.web.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not be finished (its commit failed, typically because the database went away under it) is
 * answered as {@link UnexpectedFailures} says: a 503 for a lost connection, else a 500 with an incident id, as JSON.
 * It must be mapped by type: Jersey's own mapper for {@link TransactionalException} looks for a mapper of the same
 * type, finds itself and rethrows, and the container then answers its HTML error page (seen while PostgreSQL
 * restarted under orders). The {@link Priority} puts this mapper before Jersey's.
 */
@Provider
@Priority(1)
public class TransactionalFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        return UnexpectedFailures.answer(exception).response();
    }
}
