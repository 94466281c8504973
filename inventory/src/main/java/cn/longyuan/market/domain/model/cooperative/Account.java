package cn.longyuan.market.domain.model.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A login: a user name, a password hash, one role and — for a cooperative manager — her cooperative. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The login name; a buyer who registered with her e-mail address logs in with it, and may change it. */
    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private boolean active = true;

    /** Set when staff gave her a password: she must choose her own before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Where her notices go (low stock), optional. Written with the new account, later only by
     * {@code AccountEmails}' conditional update: a change through the entity would raise the version, which her
     * session and her cached API logins are keyed on, and a new address is no reason to sign her out.
     */
    @Column(name = "email", updatable = false)
    private String email;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(
            String username,
            String passwordHash,
            Role role,
            Cooperative cooperative,
            String displayName,
            Instant createdAt) {
        if ((role == Role.COOP_MANAGER) != (cooperative != null)) {
            throw new IllegalArgumentException("a cooperative manager, and only she, belongs to a cooperative");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.cooperative = cooperative;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** A new password, already hashed ({@code PasswordHasher}): a change with the old one, or a reset by e-mail. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    /** A buyer's new e-mail address, which is her login name from now on. Staff accounts keep theirs. */
    public void changeBuyerLogin(String newLogin) {
        if (role != Role.BUYER) {
            throw new IllegalStateException("only a buyer's login name follows her e-mail address");
        }
        this.username = newLogin;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Cooperative cooperative() {
        return cooperative;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Her address for notices, or null. */
    public String email() {
        return email;
    }

    /** The address of a new account, before it is stored ({@code EmailAddress} checked it). */
    public void giveEmail(String address) {
        if (id != null) {
            throw new IllegalStateException("a stored account's address changes through AccountEmails");
        }
        this.email = address;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isBackOffice() {
        return role != Role.BUYER;
    }

    public long version() {
        return version;
    }

    /** Her own new password (from a link, or changed by herself): nothing more to change. */
    public void choosePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** A password staff gave her (or an unusable one, when she gets a link instead): she must choose her own. */
    public void resetPassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    public void disable() {
        if (!active) {
            throw new IllegalStateException("the account is disabled already");
        }
        active = false;
    }

    public void enable() {
        if (active) {
            throw new IllegalStateException("the account is active already");
        }
        active = true;
    }

    /** A new role; a cooperative manager, and only she, belongs to a cooperative. Buyers stay buyers (the shop's). */
    public void changeRole(Role newRole, Cooperative newCooperative) {
        if (role == Role.BUYER || newRole == Role.BUYER) {
            throw new IllegalArgumentException("buyers' accounts are the shop's");
        }
        if ((newRole == Role.COOP_MANAGER) != (newCooperative != null)) {
            throw new IllegalArgumentException("a cooperative manager, and only she, belongs to a cooperative");
        }
        this.role = newRole;
        this.cooperative = newCooperative;
    }
}
