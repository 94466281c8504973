package cn.longyuan.market.application.shared;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container-managed entity manager of the system of record (made by the infrastructure's {@code EntityManagerProducer}; the qualifier is the application's, so that services name no infrastructure class). Services ask
 * for {@code @MarketDatabase EntityManager} rather than the unqualified one that Jakarta Persistence 3.2
 * registers itself, whose scope does not reach threads of the managed executor (the expiry job).
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface MarketDatabase {}
