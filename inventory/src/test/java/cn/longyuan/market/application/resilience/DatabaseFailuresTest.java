package cn.longyuan.market.application.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aTerminatedOrRefusedConnectionIsLostWhereverItIsWrapped() {
        assertTrue(DatabaseFailures.isConnectionLost(new PersistenceException(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))));
        assertTrue(DatabaseFailures.isConnectionLost(
                new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseFailures.isConnectionLost(new SQLTransientConnectionException("pool timed out")));
    }

    @Test
    void aCommitThatCouldNotBeFinishedOnItsConnectionIsLost() throws Exception {
        // what Payara throws when PostgreSQL restarts between a transaction's last statement and its commit: the
        // flush fails, and so does the rollback on the closed connection
        SystemException commitFailed = new SystemException();
        commitFailed.initCause(
                new XAException("jakarta.resource.ResourceException: This Managed Connection is not valid"
                        + " as the physical connection is not usable"));
        assertTrue(DatabaseFailures.isConnectionLost(new TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                commitFailed)));
    }

    @Test
    void aConnectionThePoolCouldNotEnlistIsLost() {
        // what the pool throws when the connection it hands out was ended by the database: no SQLState anywhere
        XAException dead = new XAException("com.sun.appserv.connectors.internal.api.PoolingException:"
                + " jakarta.resource.ResourceException: This Managed Connection is not valid as the physical connection"
                + " is not usable");
        ResourceAllocationException allocation = new ResourceAllocationException(
                "Error in allocating a connection. Cause: Got exception during" + " XAResource.start");
        allocation.initCause(new RuntimeException("Got exception during XAResource.start:", dead));
        assertTrue(DatabaseFailures.isConnectionLost(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Got exception during XAResource.start", allocation))));
        assertTrue(DatabaseFailures.isConnectionLost(new RuntimeException(dead)));
    }

    @Test
    void aRolledBackTransactionIsLostOnlyWhenItsCauseIs() {
        RollbackException flushFailed = new RollbackException("marked for rollback");
        flushFailed.initCause(new PersistenceException(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseFailures.isConnectionLost(new TransactionalException("commit", flushFailed)));
        RollbackException refused = new RollbackException("marked for rollback");
        refused.initCause(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isConnectionLost(new TransactionalException("commit", refused)));
    }

    @Test
    void aRefusedStatementIsNot() {
        assertFalse(DatabaseFailures.isConnectionLost(
                new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailures.isConnectionLost(new IllegalStateException("no cause")));
        assertFalse(DatabaseFailures.isConnectionLost(new SQLException("no state")));
    }
}
