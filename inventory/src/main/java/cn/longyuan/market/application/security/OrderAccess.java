package cn.longyuan.market.application.security;

import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Predicate;

/**
 * Who handles an order in the back office, and finding one by its number for a user: an order she does not handle
 * is "not found", as everywhere in the back office. One place for the rule that the order services share.
 */
public final class OrderAccess {

    private OrderAccess() {}

    /** Federation staff every order, a manager an order with a part of her cooperative, a broker the orders that are hers. */
    public static boolean handledBy(Actor actor, CustomerOrder order) {
        return switch (actor.role()) {
            case FEDERATION, COOP_MANAGER -> handledByCooperativeSide(actor, order);
            case BROKER -> Long.valueOf(actor.accountId()).equals(order.brokerId());
            case BUYER -> false;
        };
    }

    /** As {@link #handledBy}, without brokers: the work of cooperatives and federation staff only (fulfilment, refunds). */
    public static boolean handledByCooperativeSide(Actor actor, CustomerOrder order) {
        return switch (actor.role()) {
            case FEDERATION -> true;
            case COOP_MANAGER -> order.partOf(actor.cooperativeId()).isPresent();
            case BROKER, BUYER -> false;
        };
    }

    /**
     * Who confirms that an offline payment came in: federation staff, the order's broker, or the cooperative when the
     * order is of its part alone (an order of several cooperatives is paid to the platform as one).
     */
    public static boolean mayConfirmPayment(Actor actor, CustomerOrder order) {
        return switch (actor.role()) {
            case FEDERATION -> true;
            case BROKER -> Long.valueOf(actor.accountId()).equals(order.brokerId());
            case COOP_MANAGER -> order.parts().size() == 1;
            case BUYER -> false;
        };
    }

    /**
     * The order of that number when {@code handled} accepts it, else 404; with {@code lock} the row is locked for the
     * rest of the transaction, so that two people changing one order at once wait for each other.
     */
    public static CustomerOrder find(EntityManager em, String number, Predicate<CustomerOrder> handled, boolean lock) {
        CustomerOrder order = number == null
                ? null
                : em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                        .setParameter("number", number)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (order == null || !handled.test(order)) {
            throw RequestRefusedException.notFound("No order " + number + ".");
        }
        if (lock) {
            em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        }
        return order;
    }
}
