package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderQuery;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A broker agent's order desk: the orders she handles and those open to claim (placed in the shop, no broker
 * yet, still to be paid or delivered); claiming and handing back; her notes of contact with the buyer; and
 * orders she enters for a buyer who phoned, under the shop's rules (the same validation and stock reservation).
 */
@ApplicationScoped
@Transactional
public class BrokerDesk {

    /** The statuses in which an order still needs someone to follow it, and so may be claimed. */
    public static final Set<OrderStatus> CLAIMABLE =
            Set.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.CONFIRMED, OrderStatus.PAID, OrderStatus.SHIPPED);

    private EntityManager em;
    private OrderService orders;
    private Clock clock;

    protected BrokerDesk() {
        // for CDI proxies
    }

    @Inject
    public BrokerDesk(@MarketDatabase EntityManager em, OrderService orders, Clock clock) {
        this.em = em;
        this.orders = orders;
        this.clock = clock;
    }

    /** The desk's two lists. */
    public enum DeskList {
        /** The orders a broker handles (federation staff: every broker's). */
        MINE,
        /** The orders without a broker still to be followed, to claim. */
        OPEN
    }

    public record Desk(List<CustomerOrder> mine, List<CustomerOrder> open) {}

    /** The newest 200 of each of the desk's lists, unfiltered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Desk desk(Actor actor) {
        return new Desk(
                desk(actor, DeskList.MINE, DeskFilter.ANY, 0, 200).items(),
                desk(actor, DeskList.OPEN, DeskFilter.ANY, 0, 200).items());
    }

    /**
     * Rows {@code first} to {@code first + size} of one of the desk's lists that the filter keeps, newest first, and
     * how many it keeps: a broker's own orders (federation staff: every order with a broker), or the open ones. The
     * filter narrows the list, never widens it: a broker naming another broker keeps nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BackOfficeOrders.OrderPage desk(Actor actor, DeskList list, DeskFilter filter, int first, int size) {
        requireBrokerOrFederation(actor);
        DeskFilter f = filter == null ? DeskFilter.ANY : filter;
        Map<String, Object> parameters = new HashMap<>();
        String scope;
        if (list == DeskList.OPEN) {
            scope = "o.brokerId is null and o.status in :open";
            parameters.put("open", CLAIMABLE);
        } else {
            scope = actor.is(Role.BROKER) ? "o.brokerId = :me" : "o.brokerId is not null";
            if (actor.is(Role.BROKER)) {
                parameters.put("me", actor.accountId());
            }
            if (f.broker() != null) {
                scope += " and o.brokerId in (select a.id from Account a where a.username = :brokerName)";
                parameters.put("brokerName", f.broker());
            }
        }
        return OrderQuery.page(em, scope, parameters, f.orders(), first, size);
    }

    /**
     * The broker takes an open order. Two brokers claiming at once: the order row is locked, the second finds
     * it taken (409). Claiming one's own order again changes nothing.
     */
    public CustomerOrder claim(Actor actor, String number) {
        requireBroker(actor);
        CustomerOrder order = locked(number);
        if (order.brokerId() != null) {
            if (order.brokerId() == actor.accountId()) {
                return order;
            }
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "Order " + number + " is already handled by another broker.");
        }
        if (!CLAIMABLE.contains(order.status())) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is " + order.status() + " and needs no broker any more.");
        }
        order.assignBroker(actor.accountId());
        note(order, OrderNote.Kind.CLAIMED, actor, "claimed by " + actor.username());
        return order;
    }

    /** The broker gives an order of hers back to the open list, saying why. */
    public CustomerOrder handBack(Actor actor, String number, String reason) {
        requireBroker(actor);
        CustomerOrder order = locked(number);
        if (order.brokerId() == null || order.brokerId() != actor.accountId()) {
            throw RequestRefusedException.notFound("No order " + number + " on your desk.");
        }
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        if (why.length() > OrderNote.MAX_LENGTH - 40) {
            throw RequestRefusedException.invalid("reason", "at most " + (OrderNote.MAX_LENGTH - 40) + " characters");
        }
        order.releaseBroker();
        note(order, OrderNote.Kind.HANDED_BACK, actor, "handed back by " + actor.username() + why);
        return order;
    }

    /** One order on the caller's desk (hers, or any for federation staff), with its parts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerOrder handled(Actor actor, String number) {
        CustomerOrder order = visible(actor, number);
        order.parts().size();
        return order;
    }

    /** The order's notes, for its broker and federation staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderNote> notes(Actor actor, String number) {
        CustomerOrder order = visible(actor, number);
        return em.createNamedQuery(OrderNote.OF_ORDER, OrderNote.class)
                .setParameter("order", order.id())
                .getResultList();
    }

    public OrderNote addNote(Actor actor, String number, String text) {
        CustomerOrder order = visible(actor, number);
        if (text == null || text.isBlank()) {
            throw RequestRefusedException.invalid("text", "required");
        }
        if (text.strip().length() > OrderNote.MAX_LENGTH) {
            throw RequestRefusedException.invalid("text", "at most " + OrderNote.MAX_LENGTH + " characters");
        }
        return note(order, OrderNote.Kind.NOTE, actor, text);
    }

    /**
     * An order the broker takes on a buyer's behalf (phone, shop counter): validated, priced and reserved as
     * the shop does, then on her desk. The answer's access token makes the tracking link she sends the buyer.
     */
    public OrderService.PlacedOrder placeForBuyer(
            Actor actor, PlaceOrderCommand command, String idempotencyKey, String requestHash) {
        requireBroker(actor);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "The Idempotency-Key header is required.",
                    List.of(new FieldViolation("Idempotency-Key", "required")));
        }
        // namespaced by broker: one broker's key can never answer another's order
        String key = "broker-" + actor.accountId() + ":" + idempotencyKey.strip();
        OrderService.PlacedOrder placed =
                orders.place(command, key, requestHash, OrderService.UnitPrices.LIST, actor.username());
        CustomerOrder order = byNumber(placed.order().number());
        if (order.brokerId() == null) {
            order.assignBroker(actor.accountId());
            note(order, OrderNote.Kind.PLACED_FOR_BUYER, actor, "placed for the buyer by " + actor.username());
        }
        return placed;
    }

    private OrderNote note(CustomerOrder order, OrderNote.Kind kind, Actor actor, String text) {
        OrderNote note = new OrderNote(order.id(), kind, actor.username(), text, clock.instant());
        em.persist(note);
        return note;
    }

    private CustomerOrder visible(Actor actor, String number) {
        requireBrokerOrFederation(actor);
        CustomerOrder order = number == null ? null : findByNumber(number);
        boolean handles = order != null
                && (actor.is(Role.FEDERATION) || (order.brokerId() != null && order.brokerId() == actor.accountId()));
        if (!handles) {
            throw RequestRefusedException.notFound("No order " + number + " on your desk.");
        }
        return order;
    }

    private CustomerOrder locked(String number) {
        CustomerOrder order = number == null ? null : findByNumber(number);
        if (order == null) {
            throw RequestRefusedException.notFound("No order " + number + ".");
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        return order;
    }

    private CustomerOrder byNumber(String number) {
        CustomerOrder order = findByNumber(number);
        if (order == null) {
            throw new IllegalStateException("order " + number + " was just placed and is not there");
        }
        return order;
    }

    private CustomerOrder findByNumber(String number) {
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static void requireBroker(Actor actor) {
        if (!actor.is(Role.BROKER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a broker agent does this.");
        }
    }

    static void requireBrokerOrFederation(Actor actor) {
        if (!actor.is(Role.BROKER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "The order desk is for broker agents and federation staff.");
        }
    }
}
