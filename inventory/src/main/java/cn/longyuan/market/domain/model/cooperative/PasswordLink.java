package cn.longyuan.market.domain.model.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, time-limited link with which a back-office user sets her own password. Only the token's SHA-256 is
 * stored; the token itself is shown once, to the member of staff who made the link.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(name = PasswordLink.BY_TOKEN_HASH, query = "select l from PasswordLink l where l.tokenHash = :hash")
@NamedQuery(
        name = PasswordLink.OPEN_OF_ACCOUNT,
        query = "select l from PasswordLink l where l.account = :account and l.usedAt is null")
public class PasswordLink {

    public static final String BY_TOKEN_HASH = "PasswordLink.byTokenHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordLink.openOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
        // for JPA
    }

    public PasswordLink(Account account, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Unused, not expired, and its account still active. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    /** Used up: by setting the password, or because a newer link or a reset replaced it. */
    public void spend(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }
}
