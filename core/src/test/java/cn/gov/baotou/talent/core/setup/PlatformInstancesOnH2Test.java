package cn.gov.baotou.talent.core.setup;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.setup.entity.PlatformInstance;
import cn.gov.baotou.talent.core.setup.entity.PlatformInstances;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Instances are alive while they keep saying so; one silent for longer than the limit is not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformInstancesOnH2Test {

    private EntityManagerFactory emf;

    @BeforeAll
    void open() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"), List.of(PlatformInstance.class));
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void anInstanceSilentForLongerThanTheLimitIsNoLongerLive() {
        assertThat(seen("first")).containsExactly("first");
        assertThat(seen("second")).containsExactlyInAnyOrder("first", "second");
        // the first instance's process died four minutes ago
        inTransaction(emf, em -> em.createNativeQuery("update core_platform_instance"
                        + " set seen_at = current_timestamp - interval '4' minute where boot_id = 'first'")
                .executeUpdate());
        assertThat(seen("second")).containsExactly("second");
    }

    private Set<String> seen(String boot) {
        return inTransaction(emf, em -> new PlatformInstances(em).seen(boot, Duration.ofMinutes(3)));
    }
}
