package cn.longyuan.market.domain.model.catalog;

import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A listing buyers see: a bilingual name and story, a craft, a price in CNY, the cooperative selling it. */
@Entity
@Table(name = "product")
public class Product {

    /** {@link #isOnSale()} in JPQL, for a query over {@code Product p}: what the shop, its search and orders may offer. */
    public static final String ON_SALE = "p.published = true and p.cooperative.status = "
            + "cn.longyuan.market.domain.model.cooperative.Cooperative.Status.APPROVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "craft_code")
    private Craft craft;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private BilingualText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "description_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private BilingualText description;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "price_fen"))
    private Money price;

    @Column(name = "image_url")
    private String imageUrl;

    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(
            Cooperative cooperative,
            Craft craft,
            BilingualText name,
            BilingualText description,
            Money price,
            String imageUrl,
            Instant createdAt) {
        if (price.isZero()) {
            throw new IllegalArgumentException("a product has a price");
        }
        this.cooperative = cooperative;
        this.craft = craft;
        this.name = name;
        this.description = description;
        this.price = price;
        this.imageUrl = imageUrl;
        this.createdAt = createdAt;
    }

    /**
     * New name, description, craft and price (a listing edit). Orders already placed keep the name and price
     * they were placed with (their lines copy them).
     */
    public void revise(Craft craft, BilingualText name, BilingualText description, Money price) {
        if (price.isZero()) {
            throw new IllegalArgumentException("a product has a price");
        }
        this.craft = craft;
        this.name = name;
        this.description = description;
        this.price = price;
    }

    /** The picture buyers see first, as a path under the shop's root. */
    public void showImage(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    /** The version an edit form loaded: a save based on an older one was overtaken by someone else's. */
    public long version() {
        return version;
    }

    public void publish() {
        this.published = true;
    }

    public void unpublish() {
        this.published = false;
    }

    public Long id() {
        return id;
    }

    public Cooperative cooperative() {
        return cooperative;
    }

    public Craft craft() {
        return craft;
    }

    public BilingualText name() {
        return name;
    }

    public BilingualText description() {
        return description;
    }

    public Money price() {
        return price;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public boolean isPublished() {
        return published;
    }

    /**
     * Whether buyers can see and buy it: its cooperative published it and the federation approved the cooperative.
     * {@link #ON_SALE} is the same rule for JPQL over {@code Product p}.
     */
    public boolean isOnSale() {
        return published && cooperative.isApproved();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
