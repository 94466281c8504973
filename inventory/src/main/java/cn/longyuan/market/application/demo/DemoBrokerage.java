package cn.longyuan.market.application.demo;

import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.WholesalePrice;
import cn.longyuan.market.domain.model.brokerage.WholesalePricing;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The brokers' part of the demo: wholesale tiers on the sachets, and quotes — broker-li's open quote for a
 * tourist shop's 200 sachets and an expired one, and one of a second broker's (so that a broker can be seen
 * not to reach another's quotes).
 */
final class DemoBrokerage {

    private DemoBrokerage() {}

    static void loadInto(EntityManager em, Clock clock, long brokerLi, long brokerZhao) {
        List<Product> sachets = em.createQuery(
                        "select p from Product p where p.craft.code = 'sachet' order by p.id", Product.class)
                .getResultList();
        for (Product sachet : sachets) {
            // 10 % off from 50 pieces, 20 % off from 200, rounded down to the yuan
            em.persist(new WholesalePrice(
                    sachet.id(), 50, Money.ofYuan(sachet.price().fen() * 90 / 100 / 100)));
            em.persist(new WholesalePrice(
                    sachet.id(), 200, Money.ofYuan(sachet.price().fen() * 80 / 100 / 100)));
        }
        em.flush();
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        Product first = sachets.get(0);
        List<WholesalePrice> tiers = em.createNamedQuery(WholesalePrice.OF_PRODUCTS, WholesalePrice.class)
                .setParameter("products", List.of(first.id()))
                .getResultList();
        em.persist(new Quote(
                "QT-DEMO-DUNHUANG",
                brokerLi,
                new Quote.Customer("敦煌鸣沙礼品店 陈经理", "13909370001", null),
                today.plusDays(30),
                today.plusDays(14),
                List.of(new Quote.Draft(
                        first.id(), 200, first.price(), WholesalePricing.unitPrice(first.price(), 200, tiers))),
                clock.instant()));
        em.persist(new Quote(
                "QT-DEMO-EXPIRED",
                brokerLi,
                new Quote.Customer("金昌市某公司工会 刘女士", "13909350002", null),
                null,
                today.minusDays(1),
                List.of(new Quote.Draft(
                        first.id(), 60, first.price(), WholesalePricing.unitPrice(first.price(), 60, tiers))),
                clock.instant().minusSeconds(20 * 24 * 3600)));
        em.persist(new Quote(
                "QT-DEMO-ZHAO",
                brokerZhao,
                new Quote.Customer("兰州会展公司 马先生", "13909310003", null),
                null,
                today.minusDays(2),
                List.of(new Quote.Draft(
                        first.id(), 100, first.price(), WholesalePricing.unitPrice(first.price(), 100, tiers))),
                clock.instant().minusSeconds(30 * 24 * 3600)));
    }
}
