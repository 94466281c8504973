package cn.longyuan.market.application.demo;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.domain.model.brokerage.CommissionRate;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The brokers' commissions in the demo: broker-li's rates (8 % on everything, 10 % on the second
 * cooperative's products), and the sales of her orders recorded in the income ledger, so that her commission
 * ledger shows them. The demo moves its orders on with a stock service that no income ledger listens to, and
 * the broker is given her orders only after that; so the pieces her paid orders sold are recorded here, with
 * the ledger's own rules (again, when they were recorded before she had the order).
 */
final class DemoCommissions {

    private DemoCommissions() {}

    static void loadInto(EntityManager em, IncomeLedger income, Clock clock, long brokerLi) {
        List<Cooperative> cooperatives = em.createQuery("select c from Cooperative c order by c.id", Cooperative.class)
                .getResultList();
        em.persist(new CommissionRule(brokerLi, CommissionRate.forEverything(800), "federation", clock.instant()));
        em.persist(new CommissionRule(
                brokerLi,
                CommissionRate.forCooperative(cooperatives.get(1).id(), 1000),
                "federation",
                clock.instant()));
        em.flush();
        List<CustomerOrder> hers = em.createQuery(
                        "select o from CustomerOrder o where o.brokerId = :broker order by o.id", CustomerOrder.class)
                .setParameter("broker", brokerLi)
                .getResultList();
        for (CustomerOrder order : hers) {
            // the demo's sales were recorded when its orders moved on, before the broker was given them: with no
            // broker on them, so without her share. Recorded again here, now that the order names her.
            Number brokerless = (Number)
                    em.createNativeQuery("select count(*) from income_entry where order_id = ?1 and broker_id is null")
                            .setParameter(1, order.id())
                            .getSingleResult();
            Number reversals = (Number)
                    em.createNativeQuery("select count(*) from income_entry where order_id = ?1 and kind = 'REVERSAL'")
                            .setParameter(1, order.id())
                            .getSingleResult();
            Number recorded = (Number) em.createNativeQuery("select count(*) from income_entry where order_id = ?1")
                    .setParameter(1, order.id())
                    .getSingleResult();
            if (brokerless.intValue() > 0 && reversals.intValue() == 0) {
                // the pieces go back to their batches' count of attributed pieces before they are recorded again
                em.createNativeQuery(
                                "update production_batch set attributed = attributed - (select coalesce(sum(e.quantity), 0) "
                                        + "from income_entry e where e.batch_id = production_batch.id and e.order_id = ?1 and e.kind = 'SALE') "
                                        + "where id in (select batch_id from income_entry where order_id = ?1 and batch_id is not null)")
                        .setParameter(1, order.id())
                        .executeUpdate();
                em.createNativeQuery("delete from income_entry where order_id = ?1")
                        .setParameter(1, order.id())
                        .executeUpdate();
            } else if (recorded.intValue() > 0) {
                continue;
            }
            for (Object row : em.createNativeQuery(
                            "select product_id, location_id, -sum(on_hand_delta), min(actor) from stock_movement "
                                    + "where order_id = ?1 and kind = 'SOLD' group by product_id, location_id order by product_id, location_id")
                    .setParameter(1, order.id())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                income.recordSale(
                        order.id(),
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(),
                        (String) r[3]);
            }
        }
    }
}
