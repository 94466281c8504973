package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.AccessTokens;
import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.ReturnPhoto;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import cn.longyuan.market.domain.model.ordering.StatusChange;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * After-sale: a buyer asks to send back delivered pieces of a line of her order and have them refunded — with the
 * order's access token, or from her account for an order of hers — within {@link ReturnRequest#WINDOW_DAYS} days
 * of the delivery. The line's cooperative (its manager, or federation staff) accepts, which refunds those pieces
 * through {@link Refunds} exactly as the back office's refund does (stock, income, the provider), or declines with a
 * reason she reads on her order page. A request repeated while open is answered with the open one.
 * <p>
 * A request may carry one photo (of the damage, say), checked as a listing's photo is ({@link PhotoCheck}) and kept
 * re-encoded in {@link ReturnPhoto}. It is read back only by whom may read the request: the holder of the order's
 * token or its buyer, and the back office's users who handle that line — never by a public page.
 */
@ApplicationScoped
@Transactional
public class ReturnRequests {

    private static final int MAX_ROWS = 500;

    /** What the buyer asks, as sent: a line by its number, pieces, a reason of {@link ReturnRequest.Reason}, words. */
    public record Ask(Integer lineNo, Integer quantity, String reason, String note) {}

    /** A request as the shop and the back office show it. */
    public record Row(
            long id,
            String orderNumber,
            int lineNo,
            long productId,
            BilingualText product,
            long cooperativeId,
            int quantity,
            ReturnRequest.Reason reason,
            String note,
            ReturnRequest.Status status,
            Instant createdAt,
            String decidedBy,
            Instant decidedAt,
            String declineReason,
            Integer refundSeq,
            boolean hasPhoto) {}

    /** A delivered line as the buyer's page offers it: how many pieces she may still ask for, and until when. */
    public record Returnable(int lineNo, int pieces, Instant until) {}

    private EntityManager em;
    private Refunds refunds;
    private Clock clock;

    protected ReturnRequests() {
        // for CDI proxies
    }

    @Inject
    public ReturnRequests(@MarketDatabase EntityManager em, Refunds refunds, Clock clock) {
        this.em = em;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** The holder of the order's access token asks; a wrong number or token is "not found". */
    public Row requestForToken(String number, String accessToken, Ask ask) {
        return requestForToken(number, accessToken, ask, null);
    }

    /**
     * The same, with her photo (null for none): a photo that is no JPEG, PNG or WebP, too large or unreadable is
     * refused as field {@code photo}, in the same answer as the other fields' refusals, and nothing is kept.
     */
    public Row requestForToken(String number, String accessToken, Ask ask, byte[] photo) {
        return request(forToken(number, accessToken), ask, photo);
    }

    /** A registered buyer asks for an order of hers; another's order is "not found". */
    public Row requestForBuyer(long buyerAccountId, String number, Ask ask) {
        return requestForBuyer(buyerAccountId, number, ask, null);
    }

    public Row requestForBuyer(long buyerAccountId, String number, Ask ask, byte[] photo) {
        return request(forBuyer(buyerAccountId, number), ask, photo);
    }

    /**
     * The photo of one of the order's requests (its thumbnail with {@code thumbnail}) for the holder of the order's
     * token; empty for a wrong number, token or request, and for a request without a photo.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> photoForToken(String number, String accessToken, long requestId, boolean thumbnail) {
        return findForToken(number, accessToken).flatMap(o -> photoOf(o, requestId, thumbnail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> photoForBuyer(long buyerAccountId, String number, long requestId, boolean thumbnail) {
        return findForBuyer(buyerAccountId, number).flatMap(o -> photoOf(o, requestId, thumbnail));
    }

    /**
     * The photo of a request for a back-office user who handles its line — federation staff, the manager of the
     * line's cooperative — exactly those who see the request in {@link #ofOrder}; empty for anyone else, as if
     * there were none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> photo(Actor actor, long requestId, boolean thumbnail) {
        ReturnRequest found = em.find(ReturnRequest.class, requestId);
        CustomerOrder order = found == null ? null : em.find(CustomerOrder.class, found.orderId());
        if (order == null
                || !OrderAccess.handledByCooperativeSide(actor, order)
                || !actor.canSeeCooperative(found.cooperativeId())) {
            return Optional.empty();
        }
        return photoBytes(requestId, thumbnail);
    }

    private Optional<byte[]> photoOf(CustomerOrder order, long requestId, boolean thumbnail) {
        ReturnRequest found = em.find(ReturnRequest.class, requestId);
        if (found == null || found.orderId() != order.id()) {
            return Optional.empty();
        }
        return photoBytes(requestId, thumbnail);
    }

    private Optional<byte[]> photoBytes(long requestId, boolean thumbnail) {
        // only the bytes asked for: the entity would read both pictures where its lazy fields are not woven
        return em.createQuery(
                        "select p." + (thumbnail ? "thumbnail" : "image")
                                + " from ReturnPhoto p where p.returnRequestId = :id",
                        byte[].class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    /** The order's requests, for the holder of its token (empty for a wrong number or token). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> ofOrderForToken(String number, String accessToken) {
        return findForToken(number, accessToken).map(this::rows).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> ofOrderForBuyer(long buyerAccountId, String number) {
        return findForBuyer(buyerAccountId, number).map(this::rows).orElse(List.of());
    }

    /** What the holder of the token may still ask for, line by line (only lines she may ask for now). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Returnable> returnableForToken(String number, String accessToken) {
        return findForToken(number, accessToken).map(this::returnable).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Returnable> returnableForBuyer(long buyerAccountId, String number) {
        return findForBuyer(buyerAccountId, number).map(this::returnable).orElse(List.of());
    }

    /** The requests of an order the user handles: a manager those of her cooperative's lines only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> ofOrder(Actor actor, String number) {
        CustomerOrder order = OrderAccess.find(em, number, o -> OrderAccess.handledByCooperativeSide(actor, o), false);
        return rows(order).stream()
                .filter(r -> actor.canSeeCooperative(r.cooperativeId()))
                .toList();
    }

    /** The open requests the user decides, oldest first: a manager her cooperative's, federation staff all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> open(Actor actor) {
        Long scope = actor.cooperativeScope();
        if (!actor.is(cn.longyuan.market.domain.model.cooperative.Role.FEDERATION) && scope == null) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                        "select r, o from ReturnRequest r, CustomerOrder o where o.id = r.orderId"
                                + " and r.status = :open" + (scope == null ? "" : " and r.cooperativeId = :cooperative")
                                + " order by r.createdAt, r.id",
                        Object[].class)
                .setParameter("open", ReturnRequest.Status.REQUESTED);
        if (scope != null) {
            query.setParameter("cooperative", scope);
        }
        List<Object[]> found = query.setMaxResults(MAX_ROWS).getResultList();
        Set<Long> withPhoto =
                withPhoto(found.stream().map(f -> ((ReturnRequest) f[0]).id()).toList());
        return found.stream()
                .map(f -> row((ReturnRequest) f[0], (CustomerOrder) f[1], withPhoto))
                .toList();
    }

    /**
     * Accepts the request: its pieces are refunded (back to stock or written off, as {@code restock} says) by the
     * back office's refund, under its rules (who may refund this order, what is left). Accepting it again answers it
     * unchanged; a declined one is 409.
     */
    public Row accept(Actor actor, long requestId, boolean restock) {
        Decided d = decided(actor, requestId);
        if (d.request.status() == ReturnRequest.Status.ACCEPTED) {
            return row(d.request, d.order);
        }
        if (!d.request.isOpen()) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "This return request was declined.");
        }
        String why = "return request " + d.request.id() + ": " + d.request.reason()
                + (d.request.note() == null ? "" : " — " + d.request.note());
        Refunds.Done done = refunds.refundChosen(
                actor,
                d.order.number(),
                List.of(new Refunds.Request(d.request.lineNo(), null, d.request.quantity(), restock)),
                why.length() > 500 ? why.substring(0, 500) : why);
        d.request.accept(done.refund().seq(), actor.username(), clock.instant());
        em.flush();
        return row(d.request, d.order);
    }

    /** Declines the request with the reason the buyer reads ({@code reason}, required); again answers it unchanged. */
    public Row decline(Actor actor, long requestId, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        FieldChecks.required(violations, "reason", reason, ReturnRequest.MAX_NOTE);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "A decline says why.", violations);
        }
        Decided d = decided(actor, requestId);
        if (d.request.status() == ReturnRequest.Status.DECLINED) {
            return row(d.request, d.order);
        }
        if (!d.request.isOpen()) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "This return request was accepted and refunded.");
        }
        Instant now = clock.instant();
        d.request.decline(reason.strip(), actor.username(), now);
        d.order.recordEvent(
                actor.username(), "return of line " + d.request.lineNo() + " declined: " + reason.strip(), now);
        em.flush();
        return row(d.request, d.order);
    }

    private record Decided(CustomerOrder order, ReturnRequest request) {}

    /**
     * The request and its order, both locked (the order first, as the refund and the buyer's request lock it), for
     * a user who handles that line; anything else is "not found".
     */
    private Decided decided(Actor actor, long requestId) {
        ReturnRequest found = em.find(ReturnRequest.class, requestId);
        CustomerOrder order = found == null ? null : em.find(CustomerOrder.class, found.orderId());
        if (order == null
                || !OrderAccess.handledByCooperativeSide(actor, order)
                || !actor.canSeeCooperative(found.cooperativeId())) {
            throw RequestRefusedException.notFound("No return request " + requestId + ".");
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        em.lock(found, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found);
        return new Decided(order, found);
    }

    /**
     * The checks of a request's fields that need no order: a reason of the list, her words (required for OTHER,
     * printable, bounded), a line and at least one piece. The REST call adds them to its own, so that one answer
     * names every wrong field.
     */
    public static List<FieldViolation> violations(Ask ask) {
        List<FieldViolation> violations = new ArrayList<>();
        ReturnRequest.Reason reason = reasonOf(ask.reason());
        if (ask.reason() == null) {
            violations.add(new FieldViolation("reason", "required"));
        } else if (reason == null) {
            violations.add(
                    new FieldViolation("reason", "one of DAMAGED, NOT_AS_DESCRIBED, WRONG_ITEM, CHANGED_MIND, OTHER"));
        }
        if (reason == ReturnRequest.Reason.OTHER) {
            FieldChecks.required(violations, "note", ask.note(), ReturnRequest.MAX_NOTE);
        } else {
            FieldChecks.optional(violations, "note", ask.note(), ReturnRequest.MAX_NOTE);
        }
        if (ask.lineNo() == null) {
            violations.add(new FieldViolation("lineId", "required"));
        }
        if (ask.quantity() == null) {
            violations.add(new FieldViolation("quantity", "required"));
        } else if (ask.quantity() < 1) {
            violations.add(new FieldViolation("quantity", "at least 1"));
        }
        return violations;
    }

    private static ReturnRequest.Reason reasonOf(String code) {
        return code == null
                ? null
                : java.util.Arrays.stream(ReturnRequest.Reason.values())
                        .filter(r -> r.name().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    private Row request(CustomerOrder found, Ask ask, byte[] photo) {
        List<FieldViolation> violations = new ArrayList<>(violations(ask));
        PhotoCheck.CheckedPhoto checked = null;
        if (photo != null) {
            try {
                checked = PhotoCheck.check(photo);
            } catch (RequestRefusedException refused) {
                violations.addAll(refused.violations());
            }
        }
        ReturnRequest.Reason reason = reasonOf(ask.reason());
        OrderLine line = ask.lineNo() == null
                ? null
                : found.lines().stream()
                        .filter(l -> l.lineNo() == ask.lineNo())
                        .findFirst()
                        .orElse(null);
        if (ask.lineNo() != null && line == null) {
            violations.add(new FieldViolation("lineId", "no such line in this order"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The return request has invalid fields.", violations);
        }
        // locked as a cancel, a refund and the payment webhook lock it: a request and a refund of the same line
        // at once see each other's outcome
        CustomerOrder order = em.find(CustomerOrder.class, found.id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        String note = FieldChecks.isBlank(ask.note()) ? null : ask.note().strip();
        List<ReturnRequest> earlier = requestsOf(order.id());
        Optional<ReturnRequest> open = earlier.stream()
                .filter(r -> r.isOpen() && r.lineNo() == line.lineNo())
                .findFirst();
        if (open.isPresent()) {
            if (open.get().isSameAs(line.lineNo(), ask.quantity(), reason, note)) {
                // a repeated post: the open request as first sent, its photo (or none) unchanged
                return row(open.get(), order);
            }
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Line " + line.lineNo() + " has a return request waiting for the cooperative's answer.",
                    List.of(new FieldViolation("lineId", "a return request of this line is open")));
        }
        Instant now = clock.instant();
        Instant deliveredAt = deliveredAt(order, line.cooperativeId());
        if (deliveredAt == null) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Line " + line.lineNo() + " of order " + order.number()
                            + " is not delivered: only delivered pieces can be sent back.");
        }
        if (!ReturnRequest.isWithinWindow(deliveredAt, now)) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Pieces can be sent back within " + ReturnRequest.WINDOW_DAYS
                            + " days of their delivery; that time has passed for line " + line.lineNo() + ".");
        }
        int left = line.quantity() - refunded(order.id(), line.lineNo());
        if (ask.quantity() > left) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Line " + line.lineNo() + " has " + left + " piece(s) that may still be sent back.",
                    List.of(new FieldViolation(
                            "quantity", left == 0 ? "every piece of this line is refunded" : "at most " + left)));
        }
        ReturnRequest request =
                new ReturnRequest(order.id(), line, ask.quantity(), reason, note, OrderService.BUYER, now);
        em.persist(request);
        if (checked != null) {
            em.flush(); // the request's id, which keys its photo
            em.persist(new ReturnPhoto(
                    request.id(),
                    checked.uploadedAs(),
                    checked.width(),
                    checked.height(),
                    checked.jpeg(),
                    checked.thumbnail(),
                    now));
        }
        order.recordEvent(
                OrderService.BUYER,
                "return of " + ask.quantity() + " × line " + line.lineNo() + " requested (" + reason + ")",
                now);
        em.flush();
        return row(request, order);
    }

    /**
     * When the line's part was confirmed delivered (its history's change to DELIVERED), null while it is not
     * delivered; the window counts from that confirmation, which is the moment the market knows of the delivery.
     */
    private static Instant deliveredAt(CustomerOrder order, long cooperativeId) {
        Optional<OrderPart> part = order.partOf(cooperativeId);
        if (part.isEmpty() || part.get().status() != PartStatus.DELIVERED) {
            return null;
        }
        return order.history().stream()
                .filter(c -> Objects.equals(c.cooperativeId(), cooperativeId)
                        && PartStatus.DELIVERED.name().equals(c.toStatus()))
                .map(StatusChange::occurredAt)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private List<Returnable> returnable(CustomerOrder order) {
        Instant now = clock.instant();
        List<ReturnRequest> earlier = requestsOf(order.id());
        List<Returnable> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            Instant deliveredAt = deliveredAt(order, line.cooperativeId());
            boolean open = earlier.stream().anyMatch(r -> r.isOpen() && r.lineNo() == line.lineNo());
            int left = line.quantity() - refunded(order.id(), line.lineNo());
            if (deliveredAt != null && !open && left > 0 && ReturnRequest.isWithinWindow(deliveredAt, now)) {
                lines.add(new Returnable(line.lineNo(), left, ReturnRequest.windowEnd(deliveredAt)));
            }
        }
        return lines;
    }

    private int refunded(long orderId, int lineNo) {
        return refunds.of(orderId).stream()
                .flatMap(r -> r.pieces().stream())
                .filter(p -> p.lineNo() == lineNo)
                .mapToInt(Refund.Piece::quantity)
                .sum();
    }

    private List<ReturnRequest> requestsOf(long orderId) {
        return em.createNamedQuery(ReturnRequest.OF_ORDER, ReturnRequest.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private List<Row> rows(CustomerOrder order) {
        List<ReturnRequest> requests = requestsOf(order.id());
        Set<Long> withPhoto = withPhoto(requests.stream().map(ReturnRequest::id).toList());
        return requests.stream().map(r -> row(r, order, withPhoto)).toList();
    }

    /** Which of these requests have a photo, in one query that reads no picture. */
    private Set<Long> withPhoto(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select p.returnRequestId from ReturnPhoto p where p.returnRequestId in :ids", Long.class)
                .setParameter("ids", requestIds)
                .getResultList());
    }

    private Row row(ReturnRequest r, CustomerOrder order) {
        return row(r, order, withPhoto(List.of(r.id())));
    }

    private static Row row(ReturnRequest r, CustomerOrder order, Set<Long> withPhoto) {
        BilingualText name = order.lines().stream()
                .filter(l -> l.lineNo() == r.lineNo())
                .map(OrderLine::name)
                .findFirst()
                .orElse(null);
        return new Row(
                r.id(),
                order.number(),
                r.lineNo(),
                r.productId(),
                name,
                r.cooperativeId(),
                r.quantity(),
                r.reason(),
                r.note(),
                r.status(),
                r.createdAt(),
                r.decidedBy(),
                r.decidedAt(),
                r.declineReason(),
                r.refundSeq(),
                withPhoto.contains(r.id()));
    }

    private CustomerOrder forToken(String number, String accessToken) {
        return findForToken(number, accessToken)
                .orElseThrow(() -> RequestRefusedException.notFound("No order " + number + " for this token."));
    }

    private CustomerOrder forBuyer(long buyerAccountId, String number) {
        return findForBuyer(buyerAccountId, number)
                .orElseThrow(() -> RequestRefusedException.notFound("No such order."));
    }

    private Optional<CustomerOrder> findForToken(String number, String accessToken) {
        return byNumber(number)
                .filter(o -> accessToken != null && AccessTokens.matches(accessToken, o.accessTokenHash()));
    }

    private Optional<CustomerOrder> findForBuyer(long buyerAccountId, String number) {
        return byNumber(number).filter(o -> Objects.equals(o.buyerAccountId(), buyerAccountId));
    }

    private Optional<CustomerOrder> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }
}
