package cn.longyuan.market.domain.model.cooperative;

import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place where a cooperative keeps stock: its workshop, a shop in town, a store room. */
@Entity
@Table(name = "location")
@NamedQuery(
        name = Location.OF_COOPERATIVE,
        query = "select l from Location l where l.cooperative.id = :cooperative order by l.main desc, l.id")
public class Location {

    public static final String OF_COOPERATIVE = "Location.ofCooperative";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private BilingualText name;

    private String address;

    /** The cooperative's main place: production goes there unless told otherwise. */
    private boolean main;

    /** When the place was retired (null: in use). A retired place takes no new stock and no moves. */
    @Column(name = "retired_at")
    private java.time.Instant retiredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    @Version
    private long version;

    protected Location() {
        // for JPA
    }

    public Location(Cooperative cooperative, BilingualText name, String address, boolean main) {
        this.cooperative = cooperative;
        this.name = name;
        this.address = address;
        this.main = main;
    }

    public Long id() {
        return id;
    }

    public Cooperative cooperative() {
        return cooperative;
    }

    public BilingualText name() {
        return name;
    }

    public boolean isMain() {
        return main;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public java.time.Instant retiredAt() {
        return retiredAt;
    }

    /**
     * Whether the place may be retired now: not the main place (production goes there by default), not already
     * retired, and holding no piece ({@code piecesThere} on hand, reserved ones included). Answers the reason it may
     * not, or empty.
     */
    public java.util.Optional<String> whyNotRetirable(int piecesThere) {
        if (isRetired()) {
            return java.util.Optional.of("already retired");
        }
        if (main) {
            return java.util.Optional.of("the main place cannot be retired");
        }
        if (piecesThere > 0) {
            return java.util.Optional.of("still holds " + piecesThere + " pieces: move them first");
        }
        return java.util.Optional.empty();
    }

    /** Retires the place; the caller asked {@link #whyNotRetirable} first. */
    public void retire(java.time.Instant at, String by) {
        if (isRetired()) {
            throw new IllegalStateException("place " + id + " is retired already");
        }
        this.retiredAt = at;
        this.retiredBy = by;
    }

    public boolean belongsTo(Cooperative other) {
        return cooperative.id().equals(other.id());
    }
}
