package cn.longyuan.market.domain.model.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line in the broker's log of an order: a note of contact with the buyer ("called, she wants red ones"),
 * or the record that a broker claimed the order, handed it back, or placed it for a buyer. Never changed.
 */
@Entity
@Table(name = "order_note")
@NamedQuery(
        name = OrderNote.OF_ORDER,
        query = "select n from OrderNote n where n.orderId = :order order by n.writtenAt, n.id")
public class OrderNote {

    public static final String OF_ORDER = "OrderNote.ofOrder";
    public static final int MAX_LENGTH = 2000;

    public enum Kind {
        NOTE,
        CLAIMED,
        HANDED_BACK,
        PLACED_FOR_BUYER,
        ASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected OrderNote() {
        // for JPA
    }

    public OrderNote(long orderId, Kind kind, String author, String body, Instant writtenAt) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a note has 1 to " + MAX_LENGTH + " characters");
        }
        this.orderId = orderId;
        this.kind = kind;
        this.author = author;
        this.body = body.strip();
        this.writtenAt = writtenAt;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public Kind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
