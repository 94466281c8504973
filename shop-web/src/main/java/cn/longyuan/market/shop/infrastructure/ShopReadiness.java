package cn.longyuan.market.shop.infrastructure;

import cn.longyuan.market.application.shared.SystemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated: only then can the shop take orders. */
@Readiness
@ApplicationScoped
public class ShopReadiness implements HealthCheck {

    @Inject
    private SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema")
                .status(status.isReady())
                .withData("state", status.state().name())
                .withData("detail", status.detail())
                .build();
    }
}
