package cn.longyuan.market.application.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
    void aRefusedStatementIsNot() {
        assertFalse(DatabaseFailures.isConnectionLost(
                new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailures.isConnectionLost(new IllegalStateException("no cause")));
        assertFalse(DatabaseFailures.isConnectionLost(new SQLException("no state")));
    }
}
