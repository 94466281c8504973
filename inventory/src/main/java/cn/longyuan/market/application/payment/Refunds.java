package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.domain.model.payment.PaymentStatus;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refunds from the back office, whole or per line: through the provider for an online payment (in this
 * transaction, with an idempotency key made of the order number, the refund's sequence number and amount,
 * so a retry after a failed commit cannot refund twice), recorded for an offline one. Refunded pieces go back
 * to stock or are written off, as the user chooses, through {@link StockService}. An order whose every piece
 * is refunded is REFUNDED, and the last refund gives back the delivery fee too. Federation staff refund any
 * order; a cooperative manager an order that has only her cooperative's part.
 */
@ApplicationScoped
@Transactional
public class Refunds {

    private EntityManager em;
    private StockService stock;
    private PaymentGateway gateway;
    private Clock clock;
    private IncomeLedger income;

    protected Refunds() {
        // for CDI proxies
    }

    /** {@code income}: a refund takes back the artisans' (and broker's) income of the refunded pieces. */
    @Inject
    public Refunds(
            @MarketDatabase EntityManager em,
            StockService stock,
            PaymentGateway gateway,
            Clock clock,
            IncomeLedger income) {
        this.em = em;
        this.stock = stock;
        this.gateway = gateway;
        this.clock = clock;
        this.income = income;
    }

    /**
     * Pieces asked back: an order line by its number, or by its product; all of it when quantity is null; back to
     * stock or written off as {@code restock} says, the refund's own choice when it is null.
     */
    public record Request(Integer lineNo, Long productId, Integer quantity, Boolean restock) {

        public Request(Integer lineNo, Long productId, Integer quantity) {
            this(lineNo, productId, quantity, null);
        }
    }

    /** An order line as a refund sees it: how many of its pieces were refunded and how many may still be. */
    public record LineLeft(OrderLine line, int refunded, int refundable) {}

    /**
     * What the user may refund of an order: its lines with what is left of each, the refunds so far, and whether
     * she may refund now (when not, {@code refusal} says why).
     */
    public record Outlook(
            CustomerOrder order, List<LineLeft> lines, List<Refund> refunds, RequestRefusedException refusal) {

        public boolean mayRefund() {
            return refusal == null;
        }
    }

    public record Done(Refund refund, CustomerOrder order, boolean full) {}

    /** @param lines the pieces to refund; null or empty for everything not yet refunded */
    public Done refund(Actor actor, String number, List<Request> lines, boolean restock, String reason) {
        return refund(actor, number, lines, restock, reason, false);
    }

    /**
     * A refund as the back office's page makes it: the pieces are chosen line by line (a line of quantity 0 is not
     * refunded), each back to stock or written off, and the user says why. Nothing chosen, or no reason, is
     * refused next to the field ({@code lines}, {@code reason}); otherwise the rules of {@link #refund} hold.
     */
    public Done refundChosen(Actor actor, String number, List<Request> lines, String reason) {
        return refund(actor, number, lines, true, reason, true);
    }

    /** The order as a refund sees it (404 when the user does not handle it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outlook outlook(Actor actor, String number) {
        CustomerOrder order = visible(actor, number);
        List<Refund> earlier = of(order.id());
        Map<Integer, Integer> refundedPerLine = refundedPerLine(earlier);
        // a manager sees her own cooperative's lines only; an order shared with other cooperatives is refunded by
        // federation staff, and its refunds (amounts and pieces of the others) are not hers to read
        boolean manager = actor.is(Role.COOP_MANAGER);
        List<OrderLine> seen = order.lines().stream()
                .filter(l -> !manager || actor.cooperativeId() != null && l.cooperativeId() == actor.cooperativeId())
                .toList();
        List<Refund> shown = seen.size() == order.lines().size() ? earlier : List.of();
        List<LineLeft> lines = seen.stream()
                .map(l -> {
                    int refunded = refundedPerLine.getOrDefault(l.lineNo(), 0);
                    return new LineLeft(l, refunded, l.quantity() - refunded);
                })
                .toList();
        RequestRefusedException refusal = null;
        try {
            mayRefund(actor, order);
            if (lines.stream().allMatch(l -> l.refundable() == 0)) {
                throw new RequestRefusedException(Reason.INVALID_STATE, "Order " + number + " is refunded already.");
            }
        } catch (RequestRefusedException e) {
            refusal = e;
        }
        return new Outlook(order, lines, shown, refusal);
    }

    private Done refund(
            Actor actor, String number, List<Request> lines, boolean restock, String reason, boolean chosen) {
        CustomerOrder order = visible(actor, number);
        if (reason != null && reason.length() > 500) {
            throw RequestRefusedException.invalid("reason", "at most 500 characters");
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        mayRefund(actor, order);
        List<Refund> earlier = em.createNamedQuery(Refund.OF_ORDER, Refund.class)
                .setParameter("order", order.id())
                .getResultList();
        Map<Integer, Integer> refundedPerLine = refundedPerLine(earlier);
        Money refundedSoFar = earlier.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus);

        Map<Integer, Integer> asked;
        Map<Integer, Boolean> restockOf = new LinkedHashMap<>();
        if (chosen) {
            List<FieldViolation> violations = new ArrayList<>();
            if (lines == null || lines.stream().allMatch(r -> r == null || r.quantity() == null || r.quantity() == 0)) {
                violations.add(new FieldViolation("lines", "choose at least one piece to refund"));
                asked = Map.of();
            } else {
                asked = asked(order, lines, refundedPerLine, restockOf, violations, true);
            }
            if (reason == null || reason.isBlank()) {
                violations.add(new FieldViolation("reason", "required"));
            }
            if (!violations.isEmpty()) {
                throw new RequestRefusedException(Reason.VALIDATION, "The refund has invalid fields.", violations);
            }
        } else {
            asked = asked(order, lines, refundedPerLine, restockOf);
        }
        boolean full = order.lines().stream()
                .allMatch(l -> refundedPerLine.getOrDefault(l.lineNo(), 0) + asked.getOrDefault(l.lineNo(), 0)
                        == l.quantity());
        Money amount = Money.ZERO;
        List<Refund.Piece> pieces = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            int q = asked.getOrDefault(line.lineNo(), 0);
            if (q > 0) {
                amount = amount.plus(line.unitPrice().times(q));
                pieces.add(new Refund.Piece(
                        line.lineNo(), line.productId(), q, restockOf.getOrDefault(line.lineNo(), restock)));
            }
        }
        if (full) {
            amount = order.total().minus(refundedSoFar);
        }
        if (full && !order.mayMoveTo(OrderStatus.REFUNDED)) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is " + order.status()
                            + ": refund it in full once it is delivered, or refund some lines now.");
        }
        int seq = earlier.size() + 1;
        Instant now = clock.instant();
        String providerRef = null;
        if (order.paymentMethod() == PaymentMethod.STRIPE) {
            Payment payment = em.createNamedQuery(Payment.OF_ORDER, Payment.class)
                    .setParameter("order", order.id())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (payment == null || payment.status() != PaymentStatus.SUCCEEDED) {
                throw new RequestRefusedException(
                        Reason.INVALID_STATE, "Order " + number + " has no successful online payment to refund.");
            }
            try {
                providerRef = gateway.refund(
                                payment.providerRef(),
                                amount.fen(),
                                "longyuan-refund-" + number + "-" + seq + "-" + amount.fen(),
                                reason)
                        .id();
            } catch (PaymentGatewayException e) {
                throw new RequestRefusedException(
                        Reason.UNAVAILABLE,
                        switch (e.kind()) {
                            case UNAVAILABLE ->
                                "The payment service did not answer in time; nothing was refunded. Try again in a moment.";
                            case DECLINED, REJECTED ->
                                "The payment service refused the refund (" + e.getMessage()
                                        + "); nothing was refunded.";
                        });
            }
        }
        Refund refund = new Refund(
                order.id(), seq, amount, pieces, restock, blankToNull(reason), providerRef, actor.username(), now);
        em.persist(refund);
        String why = "refund " + seq + " of order " + number
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        for (Refund.Piece piece : pieces) {
            long place = stock.takeBackSold(
                    order.id(), piece.productId(), piece.quantity(), piece.restock(), actor.username(), why);
            income.reverse(order.id(), piece.productId(), place, piece.quantity(), piece.restock(), actor.username());
        }
        String note = "refunded " + amount.toDecimalString()
                + (providerRef == null ? " (recorded)" : " through " + providerRef)
                + (pieces.isEmpty()
                        ? ""
                        : refund.restock()
                                ? ", pieces back in stock"
                                : pieces.stream().noneMatch(Refund.Piece::restock)
                                        ? ", pieces written off"
                                        : ", pieces partly back in stock")
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        try {
            closeRefundedParts(order, refundedPerLine, asked, actor.username(), now);
            if (full) {
                order.moveTo(OrderStatus.REFUNDED, actor.username(), note, now);
            } else {
                order.recordEvent(actor.username(), note, now);
            }
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
        em.flush();
        return new Done(refund, order, full);
    }

    /**
     * A part not yet shipped whose every piece is now refunded is REFUNDED: nothing is left for its cooperative to
     * pack, so it leaves the pending work (a part with pieces left stays, and its pick list shows only those).
     */
    private static void closeRefundedParts(
            CustomerOrder order, Map<Integer, Integer> before, Map<Integer, Integer> now, String actor, Instant at) {
        for (OrderPart part : order.parts()) {
            boolean nothingLeft = order.lines().stream()
                    .filter(l -> l.cooperativeId() == part.cooperativeId())
                    .allMatch(
                            l -> before.getOrDefault(l.lineNo(), 0) + now.getOrDefault(l.lineNo(), 0) == l.quantity());
            if (nothingLeft && part.status().isOpenWork()) {
                part.moveTo(PartStatus.REFUNDED, actor, "every piece refunded", at);
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Refund> of(long orderId) {
        return em.createNamedQuery(Refund.OF_ORDER, Refund.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private static Map<Integer, Integer> asked(
            CustomerOrder order, List<Request> lines, Map<Integer, Integer> refunded, Map<Integer, Boolean> restockOf) {
        Map<Integer, Integer> asked = new LinkedHashMap<>();
        if (lines == null || lines.isEmpty()) {
            order.lines().forEach(l -> {
                int left = l.quantity() - refunded.getOrDefault(l.lineNo(), 0);
                if (left > 0) {
                    asked.put(l.lineNo(), left);
                }
            });
            if (asked.isEmpty()) {
                throw new RequestRefusedException(
                        Reason.INVALID_STATE, "Order " + order.number() + " is refunded already.");
            }
            return asked;
        }
        List<FieldViolation> violations = new ArrayList<>();
        Map<Integer, Integer> perLine = asked(order, lines, refunded, restockOf, violations, false);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The refund has invalid lines.", violations);
        }
        return perLine;
    }

    /** The pieces asked line by line, each wrong line a violation; a line of quantity 0 is skipped when chosen on a page. */
    private static Map<Integer, Integer> asked(
            CustomerOrder order,
            List<Request> lines,
            Map<Integer, Integer> refunded,
            Map<Integer, Boolean> restockOf,
            List<FieldViolation> violations,
            boolean skipNone) {
        Map<Integer, Integer> asked = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Request r = lines.get(i);
            if (skipNone && r != null && r.quantity() != null && r.quantity() == 0) {
                continue;
            }
            String field = "lines[" + i + "]";
            OrderLine line = r == null
                    ? null
                    : order.lines().stream()
                            .filter(l -> r.lineNo() != null
                                    ? l.lineNo() == r.lineNo()
                                    : r.productId() != null && l.productId() == r.productId())
                            .findFirst()
                            .orElse(null);
            if (line == null) {
                violations.add(new FieldViolation(field + ".lineId", "no such line in this order"));
                continue;
            }
            int left = line.quantity() - refunded.getOrDefault(line.lineNo(), 0) - asked.getOrDefault(line.lineNo(), 0);
            int q = r.quantity() == null ? left : r.quantity();
            if (q < 1 || q > left) {
                violations.add(new FieldViolation(
                        field + ".quantity", left == 0 ? "this line is refunded already" : "from 1 to " + left));
                continue;
            }
            asked.merge(line.lineNo(), q, Integer::sum);
            if (r.restock() != null) {
                restockOf.put(line.lineNo(), r.restock());
            }
        }
        return asked;
    }

    private static Map<Integer, Integer> refundedPerLine(List<Refund> refunds) {
        Map<Integer, Integer> refundedPerLine = new LinkedHashMap<>();
        refunds.forEach(r -> r.pieces().forEach(p -> refundedPerLine.merge(p.lineNo(), p.quantity(), Integer::sum)));
        return refundedPerLine;
    }

    private CustomerOrder visible(Actor actor, String number) {
        return OrderAccess.find(em, number, order -> OrderAccess.handledByCooperativeSide(actor, order), false);
    }

    /** Who may refund an order, and in which states. */
    private static void mayRefund(Actor actor, CustomerOrder order) {
        if (!(actor.is(Role.FEDERATION)
                || (actor.is(Role.COOP_MANAGER) && order.parts().size() == 1))) {
            throw new RequestRefusedException(
                    Reason.FORBIDDEN, "This order spans several cooperatives: federation staff refund it.");
        }
        if (!order.mayBeRefunded()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + order.number() + " is " + order.status() + ": only a paid order is refunded.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
