package cn.gov.baotou.talent.core.parameter;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A database that holds parameters from before a key was introduced (rareEarth.migrantEngineer.capScope, issue 14)
 * gets that key's seed rows at start, once; the keys it holds are never touched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewParameterKeysOnH2Test {

    static final String NEW_KEY = "rareEarth.migrantEngineer.capScope";

    private EntityManagerFactory emf;

    @BeforeAll
    void seed() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(
                        District.class,
                        Industry.class,
                        Policy.class,
                        Clause.class,
                        Revision.class,
                        PolicyParameter.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void aKeyNewToTheDatabaseIsAddedOnceAndTheHeldOnesStayAsTheyAre() {
        boolean first = inTransaction(emf, em -> new SeedImport(em).importParameters());
        assertThat(first).isTrue();
        int all = ParameterHistory.seed().all().size();
        // as an installation from before the key: its rows gone, and a held key's value changed by the city office
        inTransaction(emf, em -> em.createQuery("delete from PolicyParameter p where p.key = :k")
                .setParameter("k", NEW_KEY)
                .executeUpdate());
        inTransaction(emf, em -> em.createNativeQuery(
                        "update core_parameter set param_value = '0.25' where param_key = 'rareEarth.migrantEngineer.ratio'")
                .executeUpdate());

        boolean again = inTransaction(emf, em -> new SeedImport(em).importParameters());
        int third = inTransaction(emf, em -> new SeedImport(em).importNewParameterKeys());
        assertThat(again).as("the missing key added").isTrue();
        assertThat(third).as("nothing more to add").isZero();

        ParameterHistory stored = inTransaction(emf, em -> new PolicyParameters(em).history());
        assertThat(stored.all()).hasSize(all);
        assertThat(stored.at(LocalDate.of(2025, 12, 31)).text(NEW_KEY)).isEqualTo("PERSON_TOTAL");
        assertThat(stored.versions(NEW_KEY)).singleElement().satisfies(v -> {
            assertThat(v.validFrom()).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(v.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
        assertThat(stored.at(LocalDate.of(2024, 1, 1)).decimal("rareEarth.migrantEngineer.ratio"))
                .isEqualByComparingTo("0.25");
    }
}
