package cn.longyuan.market.domain.model.buyer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link sent to a buyer who forgot her password. Only the SHA-256 of its token is kept; it opens her account
 * once, until it expires, and a newer link or a reset ends every older one.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_TOKEN_HASH, query = "select r from PasswordReset r where r.tokenHash = :hash")
@NamedQuery(
        name = PasswordReset.OPEN_OF_ACCOUNT,
        query = "select r from PasswordReset r where r.accountId = :account and r.usedAt is null")
public class PasswordReset {

    public static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still opens the account at this moment. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used, or ended by a newer link or a reset: good for nothing from now on. */
    public void end(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
