package cn.longyuan.market.application.resilience;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A call that may simply be made again when the database dropped its connection under it (a restart, a fail-over):
 * a read, or a write that is idempotent by itself (an order placed under its Idempotency-Key). Its transaction must
 * begin inside the call, so that each attempt has its own. See {@link DatabaseRestartRetry}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedWhenTheDatabaseRestarts {}
