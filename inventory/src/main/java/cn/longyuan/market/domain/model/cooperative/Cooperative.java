package cn.longyuan.market.domain.model.cooperative;

import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A women's cooperative (农民专业合作社) whose members make and sell the pieces. Federation staff approve a new
 * cooperative before its products are sold in the shop, and may suspend one.
 * <p>
 * Not in the second-level cache (although it is reference data): its status decides what the
 * shop sells, and each war has its own EclipseLink cache, so an approval or a suspension made in the back office
 * would not be seen by the shop's cache.
 */
@Entity
@Table(name = "cooperative")
public class Cooperative {

    public static final int DEFAULT_LEAD_TIME_DAYS = 21;
    public static final int MAX_LEAD_TIME_DAYS = 365;

    /** Where a cooperative stands with the federation: only an APPROVED one sells in the shop. */
    public enum Status {
        PENDING,
        APPROVED,
        SUSPENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private BilingualText name;

    @Column(nullable = false)
    private String township;

    /** The township's name in English, optional: the shop shows the Chinese one where it is missing. */
    @Column(name = "township_en")
    private String townshipEn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "story_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "story_en"))
    })
    private BilingualText story;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.APPROVED;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "registered_by")
    private String registeredBy;

    /** The manager named at registration: her account is made when the cooperative is first approved. */
    @Column(name = "manager_username")
    private String managerUsername;

    @Column(name = "manager_name")
    private String managerName;

    /** How many days the cooperative needs to make a piece to order; the shop tells a buyer who asks for one. */
    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays = DEFAULT_LEAD_TIME_DAYS;

    @Version
    private long version;

    protected Cooperative() {
        // for JPA
    }

    public Cooperative(BilingualText name, String township, BilingualText story) {
        if (township == null || township.isBlank()) {
            throw new IllegalArgumentException("a cooperative belongs to a township");
        }
        this.name = name;
        this.township = township;
        this.story = story;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(int days) {
        if (days < 1 || days > MAX_LEAD_TIME_DAYS) {
            throw new IllegalArgumentException("a lead time is from 1 to " + MAX_LEAD_TIME_DAYS + " days");
        }
        this.leadTimeDays = days;
    }

    public Long id() {
        return id;
    }

    public BilingualText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String township() {
        return township;
    }

    /** The township in both languages (the Chinese name is the one filters and records use). */
    public BilingualText townshipName() {
        return new BilingualText(township, townshipEn);
    }

    /** Names the township in English; blank removes the English name. */
    public void nameTownshipInEnglish(String english) {
        this.townshipEn = english == null || english.isBlank() ? null : english.strip();
    }

    public BilingualText story() {
        return story;
    }

    /** A cooperative the federation has registered but not yet approved: it sells nothing until approved. */
    public static Cooperative pending(BilingualText name, String township, BilingualText story, String by, Instant at) {
        Cooperative cooperative = new Cooperative(name, township, story);
        cooperative.status = Status.PENDING;
        cooperative.statusChangedBy = by;
        cooperative.statusChangedAt = at;
        cooperative.registeredBy = by;
        return cooperative;
    }

    /** Names the person who will manage the cooperative once approved (her account does not exist yet). */
    public void nameManager(String username, String displayName) {
        this.managerUsername = username;
        this.managerName = displayName;
    }

    /** Who registered it; null for cooperatives that existed before registration was recorded. */
    public String registeredBy() {
        return registeredBy;
    }

    public String managerUsername() {
        return managerUsername;
    }

    public String managerName() {
        return managerName;
    }

    /** Approves a pending cooperative, or reinstates a suspended one. */
    public void approve(String by, Instant at) {
        changeStatus(Status.APPROVED, by, at);
    }

    /** Stops an approved (or pending) cooperative's sales in the shop; its records stay. */
    public void suspend(String by, Instant at) {
        changeStatus(Status.SUSPENDED, by, at);
    }

    private void changeStatus(Status to, String by, Instant at) {
        if (status == to) {
            throw new IllegalStateException("the cooperative is already " + to);
        }
        this.status = to;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    public Status status() {
        return status;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public long version() {
        return version;
    }
}
