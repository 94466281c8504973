package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Someone other than the broker gives her an order to follow (besides her claiming it on her desk): federation staff any
 * order still needing a broker, a cooperative's manager an order of her cooperative alone (an order shared with other
 * cooperatives earns them a broker's share too: federation staff decide it). An order that has a broker keeps her until
 * she hands it back: her commission is written with the sales, so it is not moved behind her back.
 */
@ApplicationScoped
@Transactional
public class OrderAssignment {

    private EntityManager em;
    private Clock clock;

    protected OrderAssignment() {
        // for CDI proxies
    }

    @Inject
    public OrderAssignment(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A broker one may assign an order to. */
    public record Broker(String username, String displayName) {}

    /** The active brokers, for the people who assign orders. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Broker> brokers(Actor actor) {
        requireAssigner(actor);
        return em
                .createQuery(
                        "select a from Account a where a.role = :broker and a.active = true order by a.username",
                        Account.class)
                .setParameter("broker", Role.BROKER)
                .getResultList()
                .stream()
                .map(a -> new Broker(a.username(), a.displayName()))
                .toList();
    }

    /** Whether the actor may assign this order (for the page, which offers the form only then). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAssign(Actor actor, CustomerOrder order) {
        return (actor.is(Role.FEDERATION) || (actor.is(Role.COOP_MANAGER) && ownCooperativeAlone(actor, order)))
                && order.brokerId() == null
                && BrokerDesk.CLAIMABLE.contains(order.status());
    }

    /** Assigns the order to the broker of that user name; assigning it to the broker it has changes nothing. */
    public CustomerOrder assign(Actor actor, String number, String brokerUsername) {
        requireAssigner(actor);
        CustomerOrder order = OrderAccess.find(em, number, o -> OrderAccess.handledByCooperativeSide(actor, o), true);
        em.refresh(order);
        Account broker = brokerUsername == null || brokerUsername.isBlank() || brokerUsername.length() > 60
                ? null
                : em.createNamedQuery(Account.BY_USERNAME, Account.class)
                        .setParameter("username", brokerUsername.strip())
                        .getResultStream()
                        .findFirst()
                        .filter(a -> a.role() == Role.BROKER && a.isActive())
                        .orElse(null);
        if (broker == null) {
            throw RequestRefusedException.invalid("broker", "no active broker of that user name");
        }
        if (actor.is(Role.COOP_MANAGER) && !ownCooperativeAlone(actor, order)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "This order spans several cooperatives: federation staff assign it.");
        }
        if (order.brokerId() != null) {
            if (order.brokerId().equals(broker.id())) {
                return order;
            }
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is handled by another broker; she hands it back first.");
        }
        if (!BrokerDesk.CLAIMABLE.contains(order.status())) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is " + order.status() + " and needs no broker any more.");
        }
        order.assignBroker(broker.id());
        em.persist(new OrderNote(
                order.id(),
                OrderNote.Kind.ASSIGNED,
                actor.username(),
                "assigned to " + broker.username() + " by " + actor.username(),
                clock.instant()));
        em.flush();
        return order;
    }

    private static boolean ownCooperativeAlone(Actor actor, CustomerOrder order) {
        return order.parts().stream().allMatch(p -> p.cooperativeId() == actor.cooperativeId());
    }

    private static void requireAssigner(Actor actor) {
        if (!actor.is(Role.FEDERATION) && !actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "Federation staff and cooperatives' managers assign orders to brokers.");
        }
    }
}
