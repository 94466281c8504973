package cn.longyuan.market.application.resilience;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Which failures mean "the database went away under this request" rather than "this request is wrong": a
 * connection exception (SQLState class 08), or PostgreSQL shutting down or starting up (57P01 admin shutdown, 57P02
 * crash shutdown, 57P03 cannot connect now) — what a restart of the database throws at the statements that were
 * running. Such a request changed nothing: its transaction died with its connection. So does a transaction
 * manager's {@link SystemException}: with one non-XA datasource it means the commit, or the rollback after a failed
 * flush, could not be done on the connection (the restart closed it); the flush had failed, or the commit is in
 * doubt, which the calls made again ({@link RetriedWhenTheDatabaseRestarts}) settle with their idempotency key. The
 * same holds for the {@link XAException} under it, which the pool also throws when a connection it hands out turns out
 * dead as the transaction enlists it, and for a {@link ResourceAllocationException}: no connection could be had, so
 * nothing ran.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    public static boolean isConnectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SystemException
                    || t instanceof XAException
                    || t instanceof ResourceAllocationException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
