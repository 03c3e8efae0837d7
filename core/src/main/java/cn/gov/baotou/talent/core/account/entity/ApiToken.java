package cn.gov.baotou.talent.core.account.entity;

import cn.gov.baotou.talent.core.account.control.TokenLifetime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An API token of one account, for scripts and integrations: found by its lookup id, proved by the SHA-256 of its
 * secret (the secret itself is never stored). It acts with the account's role and scope as they are when it is used,
 * so a disabled account's tokens stop working and a rebound account's tokens follow the new scope. Issuing and
 * revoking are audited; its use is not, beyond the last-used time.
 */
@Entity
@Audited
@Table(name = "core_api_token")
public class ApiToken {

    /** The last-used time is written at most this often, so that a busy script does not write on every call. */
    public static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_api_token_seq")
    @SequenceGenerator(name = "core_api_token_seq", sequenceName = "core_api_token_seq", allocationSize = 1)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "lookup_id", nullable = false, unique = true, length = 16)
    private String lookupId;

    @NotAudited
    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 40)
    private String revokedBy;

    protected ApiToken() {}

    public ApiToken(
            Account account,
            String name,
            String lookupId,
            String secretHash,
            Instant createdAt,
            String createdBy,
            LocalDate expiresOn) {
        this.account = account;
        this.name = name;
        this.lookupId = lookupId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresOn = expiresOn;
    }

    /** Revoked for good; revoking again keeps the first time and name. */
    public void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    /** Whether it works on {@code day}: not revoked, not past its expiry day (the account is checked apart). */
    public boolean worksOn(LocalDate day) {
        return revokedAt == null && TokenLifetime.works(expiresOn, day);
    }

    /** Whether a use at {@code now} should be written down: never used, or last written a minute or more ago. */
    public boolean lastUseDue(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_GRAIN));
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String lookupId() {
        return lookupId;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
