package cn.longyuan.market.application.income;

import cn.longyuan.market.domain.model.brokerage.CommissionRate;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import jakarta.persistence.EntityManager;
import java.util.OptionalInt;

/**
 * The broker's own commission rate for a sale, read in the seller's transaction by the income ledger when it
 * splits a sale (the one place a sale is split): the most specific of her rules that applies, or none.
 */
public final class CommissionRates {

    private CommissionRates() {}

    public static OptionalInt of(EntityManager em, Long brokerId, long cooperativeId, long productId) {
        if (brokerId == null) {
            return OptionalInt.empty();
        }
        return CommissionRate.mostSpecific(
                        em
                                .createNamedQuery(CommissionRule.OF_BROKER, CommissionRule.class)
                                .setParameter("broker", brokerId)
                                .getResultList()
                                .stream()
                                .map(CommissionRule::rate)
                                .toList(),
                        cooperativeId,
                        productId)
                .map(r -> OptionalInt.of(r.basisPoints()))
                .orElse(OptionalInt.empty());
    }
}
