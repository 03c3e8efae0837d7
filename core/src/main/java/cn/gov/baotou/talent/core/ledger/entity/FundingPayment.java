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
 * 拨付: one finance's share of a grant, paid once and in full, under the idempotency key of the request that recorded
 * it. Never changed once written.
 */
@Entity
@Audited
@Table(name = "core_payment")
public class FundingPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_payment_seq")
    @SequenceGenerator(name = "core_payment_seq", sequenceName = "core_payment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "finance_level", nullable = false, length = 10)
    private FinanceLevel financeLevel;

    @Column(name = "amount_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "bank_reference", nullable = false, length = 100)
    private String reference;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    /** SHA-256 of the request's fields (RequestFingerprint); null on rows written before it was kept. */
    @Column(name = "request_sha256", length = 64)
    private String requestSha256;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FundingPayment() {}

    public FundingPayment(
            long grantId,
            FinanceLevel financeLevel,
            Yuan amount,
            LocalDate paidOn,
            String reference,
            String idempotencyKey,
            String recordedBy,
            Instant recordedAt,
            String requestSha256) {
        this.grantId = grantId;
        this.financeLevel = financeLevel;
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.reference = reference;
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
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

    public LocalDate paidOn() {
        return paidOn;
    }

    public String reference() {
        return reference;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Whether a request with these fields may be a repeat of the one that wrote this row. */
    public boolean sameRequest(String sha256) {
        return requestSha256 == null || requestSha256.equals(sha256);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
