package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.PrintedDocument;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.stock.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A cooperative fulfils its part of an order: the list of its parts, the pick list (which pieces to take from
 * which place), the packing slip, PENDING → PACKED, cancelling a part before it ships (its reserved pieces are
 * released; pieces already sold — a paid bank transfer — go back into stock and their income is reversed) and
 * returns after delivery (restocked or written off, in the stock ledger; the income of those pieces reversed).
 * Every step goes into the order's history with who and when. Shipping and payment stay in
 * {@link BackOfficeOrders}.
 */
@ApplicationScoped
@Transactional
public class OrderFulfilment {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    private EntityManager em;
    private StockService stock;
    private IncomeLedger income;
    private Clock clock;
    private PdfPrinter printer;

    protected OrderFulfilment() {
        // for CDI proxies
    }

    @Inject
    public OrderFulfilment(
            @MarketDatabase EntityManager em,
            StockService stock,
            IncomeLedger income,
            Clock clock,
            PdfPrinter printer) {
        this.em = em;
        this.stock = stock;
        this.income = income;
        this.clock = clock;
        this.printer = printer;
    }

    /** A row of the order parts table. */
    public record PartRow(
            String orderNumber,
            Instant placedAt,
            OrderStatus orderStatus,
            PaymentMethod paymentMethod,
            long cooperativeId,
            PartStatus status,
            String subtotal) {}

    public record PartPage(List<PartRow> items, long total) {}

    /** Pieces to take for the part: which product, from which place, how many; whether still held or sold. */
    public record PickLine(
            long productId,
            String productName,
            long locationId,
            String place,
            int quantity,
            Reservation.Status status) {}

    public record ReturnLine(
            long productId,
            int quantity,
            OrderReturn.Disposition disposition,
            String reason,
            String actor,
            Instant at) {}

    /** The parts the actor fulfils (her cooperative's; every part for federation staff), newest orders first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartPage parts(Actor actor, PartStatus status, String numberLike, boolean newestFirst, int first, int size) {
        if (!actor.is(Role.COOP_MANAGER) && !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Order parts are fulfilled by cooperatives.");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (actor.cooperativeScope() != null) {
            where.append(" and p.cooperativeId = :cooperative");
        }
        if (status != null) {
            where.append(" and p.status = :status");
        }
        if (numberLike != null && !numberLike.isBlank()) {
            where.append(" and lower(p.order.number) like :number");
        }
        TypedQuery<OrderPart> select = em.createQuery(
                "select p from OrderPart p join fetch p.order" + where + " order by p.order.placedAt "
                        + (newestFirst ? "desc" : "asc") + ", p.id",
                OrderPart.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from OrderPart p" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            if (actor.cooperativeScope() != null) {
                q.setParameter("cooperative", actor.cooperativeScope());
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (numberLike != null && !numberLike.isBlank()) {
                q.setParameter(
                        "number",
                        "%" + numberLike.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
            }
        }
        List<PartRow> rows = select.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(p -> new PartRow(
                        p.order().number(),
                        p.order().placedAt(),
                        p.order().status(),
                        p.order().paymentMethod(),
                        p.cooperativeId(),
                        p.status(),
                        p.subtotal().toDecimalString()))
                .toList();
        return new PartPage(rows, count.getSingleResult());
    }

    /** Refuses as "not found" an order the actor does not handle (before a request's fields are judged). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireHandled(Actor actor, String number) {
        find(actor, number, false);
    }

    /** What to take from which place for the actor's part (federation staff: every part). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PickLine> pickList(Actor actor, String number) {
        CustomerOrder order = find(actor, number, false);
        List<Long> places = placesOf(actor, order);
        List<PickLine> lines = new ArrayList<>();
        for (Reservation r : stock.reservationsOf(order.id())) {
            if (r.status() == Reservation.Status.RELEASED || !places.contains(r.locationId())) {
                continue;
            }
            // sold pieces that came back (a refund, a return) are not to be picked: only what is still sold counts
            int quantity = r.status() == Reservation.Status.SOLD
                    ? Math.min(r.quantity(), soldNotReturned(order.id(), r.productId(), r.locationId()))
                    : r.quantity();
            if (quantity <= 0) {
                continue;
            }
            Location place = em.find(Location.class, r.locationId());
            lines.add(new PickLine(
                    r.productId(),
                    productName(order, r.productId()),
                    r.locationId(),
                    place.name().zh(),
                    quantity,
                    r.status()));
        }
        return lines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReturnLine> returns(Actor actor, String number) {
        CustomerOrder order = find(actor, number, false);
        String scope = actor.cooperativeScope() == null ? "" : " and r.cooperativeId = " + actor.cooperativeScope();
        return em
                .createQuery(
                        "select r from OrderReturn r where r.orderId = :order" + scope + " order by r.occurredAt",
                        OrderReturn.class)
                .setParameter("order", order.id())
                .getResultList()
                .stream()
                .map(r -> new ReturnLine(
                        r.productId(), r.quantity(), r.disposition(), r.reason(), r.actor(), r.occurredAt()))
                .toList();
    }

    /** The part's pieces are packed; only once the order is paid (or confirmed, for cash on delivery). */
    public CustomerOrder pack(Actor actor, String number) {
        CustomerOrder order = find(actor, number, true);
        OrderPart part = ownPart(actor, order);
        if (part.isRefunded()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " was refunded"
                            + (order.isRefunded() ? "" : " for your part")
                            + ": there is nothing to pack.");
        }
        if (!order.isReadyToShip()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + number + " is " + order.status() + " and cannot be packed yet"
                            + (order.status() == OrderStatus.AWAITING_PAYMENT ? ": it is not paid." : "."));
        }
        if (!part.mayBePacked()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "Your part of order " + number + " is " + part.status() + ".");
        }
        movePart(part, PartStatus.PACKED, actor, "packed");
        return order;
    }

    /**
     * Cancels the actor's part before it ships. Held pieces are released; pieces already sold (the order was
     * paid) go back into stock at their place and their income is reversed — the refund itself is the
     * payment side's. When no part is left the order is cancelled.
     */
    public CustomerOrder cancel(Actor actor, String number, String reason) {
        CustomerOrder order = find(actor, number, true);
        OrderPart part = ownPart(actor, order);
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw RequestRefusedException.invalid("reason", "required, at most 300 characters");
        }
        if (!part.status().isOpenWork()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Your part of order " + number + " is " + part.status()
                            + " and can no longer be cancelled"
                            + (part.mayTakeReturns() ? "; record a return instead." : "."));
        }
        if (!part.mayBeCancelled()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "Order " + number + " is " + order.status() + " and cannot be cancelled.");
        }
        String why = reason.strip();
        long cooperativeId = part.cooperativeId();
        stock.releaseAllOf(order.id(), cooperativeId, actor.username(), "cancelled: " + why);
        for (Reservation sold : stock.reservationsOf(order.id())) {
            if (sold.status() == Reservation.Status.SOLD
                    && placesOfCooperative(cooperativeId).contains(sold.locationId())) {
                int back = soldNotReturned(order.id(), sold.productId(), sold.locationId());
                if (back > 0) {
                    stock.takeBack(
                            order.id(),
                            sold.productId(),
                            sold.locationId(),
                            back,
                            false,
                            actor.username(),
                            "cancelled: " + why);
                    income.reverse(order.id(), sold.productId(), sold.locationId(), back, true, actor.username());
                }
            }
        }
        movePart(part, PartStatus.CANCELLED, actor, why);
        if (order.parts().stream().allMatch(p -> p.status() == PartStatus.CANCELLED)) {
            moveOrder(
                    order,
                    OrderStatus.CANCELLED,
                    actor,
                    order.status() == OrderStatus.PAID ? why + " (refund due)" : why);
        } else if (order.allPartsShipped() && order.mayMoveTo(OrderStatus.SHIPPED)) {
            moveOrder(order, OrderStatus.SHIPPED, actor, "every other part shipped");
        }
        return order;
    }

    /**
     * Pieces of the actor's shipped or delivered part came back. Restocked, they are for sale again (and count
     * again for their batch); written off, the ledger books them in and out. Their income is reversed. When every
     * piece of the part is back, the part is RETURNED.
     */
    public CustomerOrder returnPieces(
            Actor actor,
            String number,
            Long productId,
            Integer quantity,
            OrderReturn.Disposition disposition,
            String reason) {
        CustomerOrder order = find(actor, number, true);
        OrderPart part = ownPart(actor, order);
        List<FieldViolation> violations = new ArrayList<>();
        OrderLine line = productId == null
                ? null
                : order.linesOf(part.cooperativeId()).stream()
                        .filter(l -> l.productId() == productId)
                        .findFirst()
                        .orElse(null);
        if (line == null) {
            violations.add(new FieldViolation("productId", "a product of your part of this order"));
        }
        if (quantity == null || quantity <= 0) {
            violations.add(new FieldViolation("quantity", "at least 1"));
        }
        if (disposition == null) {
            violations.add(new FieldViolation("disposition", "RESTOCK or WRITE_OFF"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            violations.add(new FieldViolation("reason", "required, at most 300 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The return has invalid fields.", violations);
        }
        if (!part.mayTakeReturns()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Your part of order " + number + " is " + part.status()
                            + "; only shipped or delivered pieces can be returned.");
        }
        List<Reservation> sold = stock.reservationsOf(order.id()).stream()
                .filter(r -> r.status() == Reservation.Status.SOLD
                        && r.productId() == productId
                        && placesOfCooperative(part.cooperativeId()).contains(r.locationId()))
                .toList();
        int returnable = sold.stream()
                .map(Reservation::locationId)
                .distinct()
                .mapToInt(loc -> soldNotReturned(order.id(), productId, loc))
                .sum();
        if (quantity > returnable) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "Only " + returnable + " piece(s) of this product can come back.",
                    List.of(new FieldViolation("quantity", "at most " + returnable)));
        }
        boolean writeOff = disposition == OrderReturn.Disposition.WRITE_OFF;
        String why = reason.strip();
        Instant now = clock.instant();
        int remaining = quantity;
        for (long location :
                sold.stream().map(Reservation::locationId).distinct().toList()) {
            int take = Math.min(remaining, soldNotReturned(order.id(), productId, location));
            if (take <= 0) {
                continue;
            }
            stock.takeBack(order.id(), productId, location, take, writeOff, actor.username(), "returned: " + why);
            income.reverse(order.id(), productId, location, take, !writeOff, actor.username());
            em.persist(new OrderReturn(
                    order.id(),
                    part.cooperativeId(),
                    productId,
                    location,
                    take,
                    disposition,
                    why,
                    actor.username(),
                    now));
            remaining -= take;
            if (remaining == 0) {
                break;
            }
        }
        em.flush();
        String note = quantity + " × " + line.name().zh() + " returned, " + (writeOff ? "written off" : "restocked")
                + ": " + why;
        boolean allBack = order.linesOf(part.cooperativeId()).stream()
                .allMatch(l -> placesOfCooperative(part.cooperativeId()).stream()
                        .allMatch(loc -> soldNotReturned(order.id(), l.productId(), loc) == 0));
        if (allBack) {
            movePart(part, PartStatus.RETURNED, actor, note);
        } else {
            part.note(actor.username(), note, now);
        }
        return order;
    }

    /**
     * The packing slip of the actor's part: where it goes, what is in it and where to take it from. It names no
     * price, so it can go in the box; a gift's slip also carries the buyer's message.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] packingSlip(Actor actor, String number) {
        CustomerOrder order = find(actor, number, false);
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "A cooperative prints the packing slip of its part.");
        }
        OrderPart part = ownPart(actor, order);
        var address = order.shippingAddress();
        PrintedDocument pdf = new PrintedDocument("装箱单 Packing slip — " + order.number());
        pdf.line("下单时间 Placed: " + MINUTE.format(order.placedAt()) + "    状态 Part status: " + slipWords(part.status()));
        if (order.status() == OrderStatus.REFUNDED || part.status() == PartStatus.REFUNDED) {
            pdf.line("本单已退款，无需打包 — Refunded: nothing to pack.");
        }
        pdf.heading("收货人 Ship to");
        pdf.line(order.contact().name() + "  " + order.contact().phone());
        pdf.line(String.join(
                " ",
                nonNull(address.province(), address.city(), address.district(), address.line(), address.postcode())));
        // a gift's slip travels in the box to someone else: her message, and no prices (the slip names none)
        if (order.isGift()) {
            pdf.heading("礼品 Gift — 请勿放入价格单 No prices in the box");
            List<String> message = new Gift(order.giftMessage()).messageLines();
            for (String line : message.isEmpty() ? List.of("（无赠言 No message）") : message) {
                pdf.line(line);
            }
        }
        pdf.heading("商品 Contents");
        List<List<String>> rows = new ArrayList<>();
        for (OrderLine l : order.lines()) {
            if (l.cooperativeId() == part.cooperativeId()) {
                rows.add(List.of(
                        Integer.toString(l.lineNo()),
                        l.name().zh()
                                + (l.name().en() == null ? "" : " / " + l.name().en()),
                        Integer.toString(l.quantity())));
            }
        }
        pdf.table(List.of("#", "商品 Product", "数量 Qty "), rows, 1, 8, 2);
        pdf.heading("拣货 Pick list");
        pdf.table(
                List.of("商品 Product", "库位 Place", "数量 Qty "),
                pickList(actor, number).stream()
                        .map(p -> List.of(p.productName(), p.place(), Integer.toString(p.quantity())))
                        .toList(),
                6,
                4,
                2);
        pdf.line(" ");
        pdf.line("陇原巧手集市 — 每一件都由培训后的巧手姐妹手工制作 — Handmade by trained women of Jinchuan, Gansu");
        return printer.print(pdf);
    }

    /** The part's status as the slip says everything, in both languages (it goes in the box), never the raw name. */
    static String slipWords(PartStatus status) {
        return switch (status) {
            case PENDING -> "待处理 pending";
            case PACKED -> "已打包 packed";
            case SHIPPED -> "已发货 shipped";
            case DELIVERED -> "已送达 delivered";
            case CANCELLED -> "已取消 cancelled";
            case RETURNED -> "已退货 returned";
            case REFUNDED -> "已退款 refunded";
        };
    }

    private int soldNotReturned(long orderId, long productId, long locationId) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(case when kind = 'SOLD' then -on_hand_delta "
                        + "when kind = 'RETURNED' then -on_hand_delta else 0 end), 0) from stock_movement "
                        + "where order_id = ?1 and product_id = ?2 and location_id = ?3")
                .setParameter(1, orderId)
                .setParameter(2, productId)
                .setParameter(3, locationId)
                .getSingleResult();
        return n.intValue();
    }

    private List<Long> placesOf(Actor actor, CustomerOrder order) {
        if (actor.cooperativeScope() != null) {
            return placesOfCooperative(actor.cooperativeScope());
        }
        List<Long> all = new ArrayList<>();
        order.parts().forEach(p -> all.addAll(placesOfCooperative(p.cooperativeId())));
        return all;
    }

    private List<Long> placesOfCooperative(long cooperativeId) {
        return em.createQuery("select l.id from Location l where l.cooperative.id = :c", Long.class)
                .setParameter("c", cooperativeId)
                .getResultList();
    }

    private static String productName(CustomerOrder order, long productId) {
        return order.lines().stream()
                .filter(l -> l.productId() == productId)
                .findFirst()
                .map(l -> l.name().zh())
                .orElse(Long.toString(productId));
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .toList();
    }

    private OrderPart ownPart(Actor actor, CustomerOrder order) {
        if (!actor.is(Role.COOP_MANAGER)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only a cooperative fulfils its part of an order.");
        }
        return order.partOf(actor.cooperativeId()).orElseThrow();
    }

    private CustomerOrder find(Actor actor, String number, boolean lock) {
        return OrderAccess.find(em, number, order -> OrderAccess.handledByCooperativeSide(actor, order), lock);
    }

    private void movePart(OrderPart part, PartStatus next, Actor actor, String note) {
        try {
            part.moveTo(next, actor.username(), note, clock.instant());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
    }

    private void moveOrder(CustomerOrder order, OrderStatus next, Actor actor, String note) {
        try {
            order.moveTo(next, actor.username(), note, clock.instant());
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
    }
}
