package cn.longyuan.market.application.resilience;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Logger;

/**
 * Makes a {@link RetriedWhenTheDatabaseRestarts} call again, up to {@link #ATTEMPTS} times one second apart, when it
 * failed only because the database dropped its connection ({@link DatabaseFailures}): the statements running when
 * PostgreSQL restarts are terminated, and without this each of them was answered 503 although a second later the
 * same call succeeds. Runs outside the transaction interceptor (a lower priority), so every attempt is a new
 * transaction on a new connection; the pool waits for the database to accept connections again.
 */
@RetriedWhenTheDatabaseRestarts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseRestartRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseRestartRetry.class.getName());

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !DatabaseFailures.isConnectionLost(failure)) {
                    throw failure;
                }
                int next = attempt + 1;
                LOG.warning(() -> "The database dropped the connection of "
                        + call.getMethod().getDeclaringClass().getSimpleName() + "."
                        + call.getMethod().getName() + "; attempt " + next + " of " + ATTEMPTS + " in 1 s");
                Thread.sleep(1000);
            }
        }
    }
}
