package cn.gov.baotou.talent.servicesplan.proactive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One enterprise told before a window: the quota its confirmed figures gave, how much it had used, and the clause. */
@Entity
@Table(name = "svc_window_notice_enterprise")
public class WindowNoticeEnterprise {

    /** The window and the enterprise. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "window_start")
        private LocalDate windowStart;

        @Column(name = "enterprise_id")
        private long enterpriseId;

        protected Key() {}

        public Key(LocalDate windowStart, long enterpriseId) {
            this.windowStart = windowStart;
            this.enterpriseId = enterpriseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enterpriseId == enterpriseId && Objects.equals(k.windowStart, windowStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(windowStart, enterpriseId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int quota;

    @Column(nullable = false)
    private int used;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    protected WindowNoticeEnterprise() {}

    public WindowNoticeEnterprise(LocalDate windowStart, long enterpriseId, int quota, int used, String clauseId) {
        this.key = new Key(windowStart, enterpriseId);
        this.quota = quota;
        this.used = used;
        this.clauseId = clauseId;
    }

    public LocalDate windowStart() {
        return key.windowStart;
    }

    public long enterpriseId() {
        return key.enterpriseId;
    }

    public int quota() {
        return quota;
    }

    public int used() {
        return used;
    }

    public String clauseId() {
        return clauseId;
    }
}
