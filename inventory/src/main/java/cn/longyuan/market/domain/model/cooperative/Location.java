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

    public boolean belongsTo(Cooperative other) {
        return cooperative.id().equals(other.id());
    }
}
