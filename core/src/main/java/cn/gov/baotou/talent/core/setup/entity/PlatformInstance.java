package cn.gov.baotou.talent.core.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One running JVM of the platform, by its boot id, with when it last said it was alive (the database's time). */
@Entity
@Table(name = "core_platform_instance")
public class PlatformInstance {

    @Id
    @Column(name = "boot_id", length = 36)
    private String bootId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected PlatformInstance() {}

    public PlatformInstance(String bootId, Instant at) {
        this.bootId = bootId;
        this.startedAt = at;
        this.seenAt = at;
    }

    public void seen(Instant at) {
        this.seenAt = at;
    }

    public String bootId() {
        return bootId;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
