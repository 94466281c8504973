package cn.longyuan.market.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a database the application wrote and counts what must never be: an order missing its lines, parts or
 * history (half-written), a stock level that differs from the sum of its ledger, a reserved count that differs from
 * the reservations held. Every figure is 0 in a consistent database.
 */
final class ChainAudit {

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put(
                "ordersWithoutLines",
                "select count(*) from orders o where not exists (select 1 from order_line l where l.order_id = o.id)");
        CHECKS.put(
                "ordersWithoutParts",
                "select count(*) from orders o where not exists (select 1 from order_part p where p.order_id = o.id)");
        CHECKS.put(
                "ordersWithoutHistory",
                "select count(*) from orders o where not exists (select 1 from order_status_change c where c.order_id = o.id)");
        CHECKS.put(
                "linesWithoutReservation",
                "select count(*) from order_line l join orders o on o.id = l.order_id"
                        + " where o.status in ('AWAITING_PAYMENT', 'EXPIRED') and not exists"
                        + " (select 1 from reservation r where r.order_id = l.order_id and r.product_id = l.product_id)");
        CHECKS.put(
                "stockLevelsOffTheLedger",
                "select count(*) from stock_level s where s.on_hand <> coalesce((select sum(m.on_hand_delta)"
                        + " from stock_movement m where m.product_id = s.product_id and m.location_id = s.location_id), 0)"
                        + " or s.reserved <> coalesce((select sum(m.reserved_delta) from stock_movement m"
                        + " where m.product_id = s.product_id and m.location_id = s.location_id), 0)");
        CHECKS.put(
                "reservedOffTheHeld",
                "select count(*) from stock_level s where s.reserved <> coalesce((select sum(r.quantity)"
                        + " from reservation r where r.status = 'HELD' and r.product_id = s.product_id and r.location_id = s.location_id), 0)");
    }

    private ChainAudit() {}

    /** Each check's count of violations. */
    static Map<String, Long> run(Connection connection) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                try (ResultSet rows = statement.executeQuery(check.getValue())) {
                    rows.next();
                    found.put(check.getKey(), rows.getLong(1));
                }
            }
        }
        return found;
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
