package cn.gov.baotou.talent.core.testing;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.AccountSeeding;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.talent.entity.TalentRecord;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A database with core's schema, the reference data, the synthetic demo data and the demo accounts, and Hibernate over
 * it: the starting point of most persistence tests. Extra entity classes (a module's) may be added.
 */
public final class SeededCore {

    public static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Interpretation.class,
            Revision.class,
            Account.class,
            Notification.class,
            TalentRecord.class);

    private SeededCore() {}

    public static EntityManagerFactory open(DataSource fresh, Class<?>... more) {
        List<Class<?>> entities = new ArrayList<>(ENTITIES);
        entities.addAll(List.of(more));
        EntityManagerFactory emf = TestDatabases.entityManagerFactory(TestDatabases.migrated(fresh, "core"), entities);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new AccountSeeding(em).importDemoAccounts());
        return emf;
    }
}
