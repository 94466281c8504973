package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A buyer's request to send back delivered pieces of one order line, and to have them refunded. It is REQUESTED
 * until the line's cooperative (or federation staff) decides: ACCEPTED ends in the back office's refund of those
 * pieces ({@link #refundSeq()} names it), DECLINED carries a reason the buyer reads. One line has at most one open
 * request at a time.
 */
@Entity
@Table(name = "return_request")
@NamedQuery(
        name = ReturnRequest.OF_ORDER,
        query = "select r from ReturnRequest r where r.orderId = :order order by r.id")
public class ReturnRequest {

    public static final String OF_ORDER = "ReturnRequest.ofOrder";

    /**
     * Days after the delivery was confirmed in which the buyer may ask: seven, the span China's online shops give
     * buyers to send back a piece without a reason (七天无理由退货), so a buyer here is promised no less. The policies
     * page states it.
     */
    public static final int WINDOW_DAYS = 7;

    public static final int MAX_NOTE = 500;

    /** Why the buyer sends the pieces back. OTHER needs her own words. */
    public enum Reason {
        DAMAGED,
        NOT_AS_DESCRIBED,
        WRONG_ITEM,
        CHANGED_MIND,
        OTHER
    }

    public enum Status {
        REQUESTED,
        ACCEPTED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.REQUESTED;

    @Column(name = "open_line_no")
    private Integer openLineNo;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "refund_seq")
    private Integer refundSeq;

    @Version
    private long version;

    protected ReturnRequest() {
        // for JPA
    }

    /** The fields as the service checked them; here only what would make the row wrong. */
    public ReturnRequest(
            long orderId,
            OrderLine line,
            int quantity,
            Reason reason,
            String note,
            String requestedBy,
            Instant createdAt) {
        if (quantity < 1 || quantity > line.quantity()) {
            throw new IllegalArgumentException("from 1 to " + line.quantity() + " pieces");
        }
        if (reason == Reason.OTHER && note == null) {
            throw new IllegalArgumentException("another reason is said in words");
        }
        this.orderId = orderId;
        this.lineNo = line.lineNo();
        this.productId = line.productId();
        this.cooperativeId = line.cooperativeId();
        this.quantity = quantity;
        this.reason = reason;
        this.note = note;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.openLineNo = line.lineNo();
    }

    /**
     * Whether a buyer may still ask, a delivery confirmed at {@code deliveredAt}: until the end of the
     * {@value #WINDOW_DAYS}th market day after the day it was confirmed, so the window does not hang on the hour.
     */
    public static boolean isWithinWindow(Instant deliveredAt, Instant now) {
        return !now.isAfter(windowEnd(deliveredAt));
    }

    /** The last moment of the window of a delivery confirmed at {@code deliveredAt}. */
    public static Instant windowEnd(Instant deliveredAt) {
        LocalDate day = deliveredAt.atZone(MarketTime.ZONE).toLocalDate().plusDays(WINDOW_DAYS + 1L);
        return day.atStartOfDay(MarketTime.ZONE).toInstant().minusNanos(1);
    }

    /** Whether this is the same request again (a repeated post): same line, pieces, reason and words. */
    public boolean isSameAs(int lineNo, int quantity, Reason reason, String note) {
        return this.lineNo == lineNo
                && this.quantity == quantity
                && this.reason == reason
                && java.util.Objects.equals(this.note, note);
    }

    /** Accepted, its pieces refunded by refund {@code refundSeq} of the order. */
    public void accept(int refundSeq, String by, Instant at) {
        decide(Status.ACCEPTED, by, at);
        this.refundSeq = refundSeq;
    }

    /** Declined, with the reason the buyer reads. */
    public void decline(String why, String by, Instant at) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a decline says why");
        }
        decide(Status.DECLINED, by, at);
        this.declineReason = why;
    }

    private void decide(Status next, String by, Instant at) {
        if (status != Status.REQUESTED) {
            throw new InvalidTransitionException("this return request is " + status + " already");
        }
        status = next;
        openLineNo = null;
        decidedBy = by;
        decidedAt = at;
    }

    public boolean isOpen() {
        return status == Status.REQUESTED;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public int lineNo() {
        return lineNo;
    }

    public long productId() {
        return productId;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public int quantity() {
        return quantity;
    }

    public Reason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public Integer refundSeq() {
        return refundSeq;
    }
}
