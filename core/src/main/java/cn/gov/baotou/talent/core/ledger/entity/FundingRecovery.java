package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * 追回: the part of one finance's payment that the city office decided to take back. One decision makes a row per
 * finance that paid, under the decision's idempotency key; together they never exceed what that finance paid.
 */
@Entity
@Audited
@Table(name = "core_recovery")
public class FundingRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_recovery_seq")
    @SequenceGenerator(name = "core_recovery_seq", sequenceName = "core_recovery_seq", allocationSize = 1)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "finance_level", nullable = false, length = 10)
    private FinanceLevel financeLevel;

    @Column(name = "amount_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    /** SHA-256 of the request's fields (RequestFingerprint); null on rows written before it was kept. */
    @Column(name = "request_sha256", length = 64)
    private String requestSha256;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected FundingRecovery() {}

    public FundingRecovery(
            long grantId,
            FinanceLevel financeLevel,
            Yuan amount,
            LocalDate decidedOn,
            String reason,
            String idempotencyKey,
            String decidedBy,
            Instant decidedAt,
            String requestSha256) {
        this.grantId = grantId;
        this.financeLevel = financeLevel;
        this.amount = amount.amount();
        this.decidedOn = decidedOn;
        this.reason = reason;
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public long grantId() {
        return grantId;
    }

    public FinanceLevel financeLevel() {
        return financeLevel;
    }

    public Yuan amount() {
        return new Yuan(amount);
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Whether a request with these fields may be a repeat of the one that wrote this row. */
    public boolean sameRequest(String sha256) {
        return requestSha256 == null || requestSha256.equals(sha256);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
