package cn.longyuan.market.application.demo;

import cn.longyuan.market.domain.model.buyer.Review;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The demo buyer's own history, so that her account pages and the reviews can be tried at once: the demo
 * orders that were delivered or completed become hers (gifts she sent to others: their names are the
 * recipients'), and she has reviewed the piece of the completed one. The delivered one waits for her review.
 */
final class DemoBuyerHistory {

    private DemoBuyerHistory() {}

    static void give(EntityManager em, long buyerAccountId, Clock clock) {
        List<CustomerOrder> received =
                em.createQuery("select o from CustomerOrder o", CustomerOrder.class).getResultList().stream()
                        .filter(o -> o.status() == OrderStatus.DELIVERED || o.status() == OrderStatus.COMPLETED)
                        .sorted(Comparator.comparing(CustomerOrder::placedAt))
                        .toList();
        for (CustomerOrder order : received) {
            order.placedFrom(buyerAccountId, "zh");
            if (order.status() == OrderStatus.COMPLETED) {
                order.lines().stream()
                        .findFirst()
                        .ifPresent(line -> em.persist(new Review(
                                line.productId(),
                                order.id(),
                                buyerAccountId,
                                5,
                                "做工很细，寄给朋友她非常喜欢。吊牌上能查到是哪位姐妹做的，很有意义。\n"
                                        + "Fine work; my friend loved it, and the tag tells who made it.",
                                clock.instant())));
            }
        }
        em.flush();
    }
}
