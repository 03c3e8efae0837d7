package cn.gov.baotou.talent.intake.demand;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class CatalogOnH2Test extends CatalogPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
