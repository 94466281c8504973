package cn.longyuan.market.admin.infrastructure;

import cn.longyuan.market.infrastructure.persistence.jpa.MarketDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The back office is ready when its own pool reaches the database and finds the schema the shop war
 * migrated (the shop war owns migrations).
 */
@Readiness
@ApplicationScoped
public class BackOfficeReadiness implements HealthCheck {

    @Resource(lookup = MarketDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            statement.executeQuery("select count(*) from craft").close();
            return HealthCheckResponse.up("back-office-database");
        } catch (SQLException e) {
            return HealthCheckResponse.named("back-office-database")
                    .down()
                    .withData("detail", e.getMessage())
                    .build();
        }
    }
}
