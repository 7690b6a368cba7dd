package org.factdesk.apitoken.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;

/**
 * A credential an admin issued for a machine client, acting as one member of staff with that person's roles.
 * Only the hash of the secret is kept: a leaked database does not leak working tokens.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.withUserNewestFirst",
        query = "select t from ApiToken t join fetch t.user order by t.createdAt desc, t.id desc")
@NamedQuery(name = "ApiToken.count", query = "select count(t) from ApiToken t")
@NamedQuery(name = "ApiToken.touchLastUsed", query = "update ApiToken t set t.lastUsedAt = :now"
        + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :cutoff)")
public class ApiToken extends BaseEntity {

    public static final int LABEL_MAX = 100;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    /** The first characters of the secret, so an admin can tell tokens apart without seeing them. */
    @Column(name = "token_prefix", nullable = false, length = 20)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 50)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(User user, String label, String tokenHash, String tokenPrefix, String createdBy, Instant expiresAt) {
        this.user = Objects.requireNonNull(user);
        this.label = Objects.requireNonNull(label);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public void revoke(String admin, Instant now) {
        if (revokedAt != null) {
            throw new BusinessException("token.alreadyRevoked", label);
        }
        this.revokedAt = Objects.requireNonNull(now);
        this.revokedBy = Objects.requireNonNull(admin);
    }

    /** Usable right now: not revoked, not expired, and its owner may still log in. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && user.isActive();
    }

    public TokenStatus status(Instant now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? TokenStatus.EXPIRED : TokenStatus.ACTIVE;
    }

    public User getUser() {
        return user;
    }

    public String getLabel() {
        return label;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
