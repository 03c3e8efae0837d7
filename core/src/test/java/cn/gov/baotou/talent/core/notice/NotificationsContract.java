package cn.gov.baotou.talent.core.notice;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.testing.SeededCore;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A notice reaches exactly its audience, and an account reads and marks only its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotificationsContract {

    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void seed() {
        emf = SeededCore.open(freshDatabase());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void aNoticeToADistrictOfficeReachesThatDistrictOnly() {
        int told = inTransaction(emf, em -> new Notifications(em)
                .send(
                        Audience.district(Role.DISTRICT_OFFICE, "150271"),
                        "初审待办",
                        "有 1 份申报待初审",
                        "/core/workbench.xhtml",
                        "test",
                        Instant.parse("2024-03-11T01:00:00Z")));
        assertThat(told).isEqualTo(1);
        long rezone = account("rezone");
        long kundulun = account("kundulun");
        long unreadRezone = inTransaction(emf, em -> new Notifications(em).unread(rezone));
        assertThat(unreadRezone).isEqualTo(1);
        long unreadKundulun = inTransaction(emf, em -> new Notifications(em).unread(kundulun));
        assertThat(unreadKundulun).isZero();
    }

    @Test
    void anAccountCannotReadAnotherAccountsNotice() {
        inTransaction(emf, em -> new Notifications(em)
                .send(
                        Audience.enterprise(enterprise("91150271MAYY0D013N")),
                        "名额提醒",
                        "您的企业本年度有 1 个推荐名额",
                        null,
                        "test",
                        Instant.parse("2024-02-15T01:00:00Z")));
        long magnet = account("magnet");
        long hydrogen = account("hydrogen");
        Notification mine =
                inTransaction(emf, em -> new Notifications(em).latest(magnet, 5).get(0));
        Optional<Notification> seenByMagnet = inTransaction(emf, em -> new Notifications(em).own(magnet, mine.id()));
        assertThat(seenByMagnet).isPresent();
        Optional<Notification> seenByHydrogen =
                inTransaction(emf, em -> new Notifications(em).own(hydrogen, mine.id()));
        assertThat(seenByHydrogen).isEmpty();
    }

    @Test
    void theAudiencesEnabledAccountsWithAnAddressAreTheOnesMailed() {
        inTransaction(emf, em -> {
            Accounts accounts = new Accounts(em);
            accounts.byUsername("rezone").orElseThrow().changeEmail("rencai@rezone.example.cn");
            accounts.byUsername("hr").orElseThrow().changeEmail("hr@example.cn");
            accounts.byUsername("rezonehr").orElseThrow().changeEmail("hr@example.cn");
            return null;
        });
        List<String> zone = inTransaction(
                emf, em -> new Notifications(em).addresses(Audience.district(Role.DISTRICT_OFFICE, "150271")));
        assertThat(zone).containsExactly("rencai@rezone.example.cn");
        List<String> kundulun = inTransaction(
                emf, em -> new Notifications(em).addresses(Audience.district(Role.DISTRICT_OFFICE, "150203")));
        assertThat(kundulun).isEmpty();
        List<String> humanResources =
                inTransaction(emf, em -> new Notifications(em).addresses(Audience.department("HUMAN_RESOURCES")));
        assertThat(humanResources).containsExactly("hr@example.cn");
    }

    private long account(String username) {
        return inTransaction(
                emf, em -> new Accounts(em).byUsername(username).orElseThrow().id());
    }

    private long enterprise(String creditCode) {
        return inTransaction(
                emf, em -> em.createQuery("select e.id from Enterprise e where e.creditCode = :c", Long.class)
                        .setParameter("c", creditCode)
                        .getSingleResult());
    }
}
