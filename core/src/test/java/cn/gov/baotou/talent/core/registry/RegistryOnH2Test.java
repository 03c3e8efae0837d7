package cn.gov.baotou.talent.core.registry;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class RegistryOnH2Test extends RegistryPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
