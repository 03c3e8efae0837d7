package cn.gov.baotou.talent.intake.demand;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DemandsOnPostgresTest extends DemandPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
